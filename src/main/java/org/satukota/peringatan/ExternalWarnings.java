package org.satukota.peringatan;

import java.util.List;

/**
 * Warnings received from external CAP feeds (such as BMKG's) that are in force now: status Actual, not expired,
 * and not cancelled or superseded by a later message of the same sender. Kept apart from {@link PublicWarnings}
 * because they are not the city's own decisions.
 */
public interface ExternalWarnings {

	/** External warnings in force, most severe and newest first; {@code path} is {@code /peringatan/luar-<id>}. */
	List<PublicWarning> inForce();
}
