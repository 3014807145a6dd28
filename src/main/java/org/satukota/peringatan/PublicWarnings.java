package org.satukota.peringatan;

import java.util.List;

/** The public warnings (CAP alerts published by the city) that are in force now, for the public portal. */
public interface PublicWarnings {

	/** Warnings published by the city, not cancelled and not expired, most severe and newest first. */
	List<PublicWarning> inForce();
}
