package org.satukota.permohonan;

import java.util.List;

/**
 * Read access to applications for other modules.
 */
public interface Applications {

	/** A citizen's applications, newest first (drafts included). */
	List<ApplicationSummary> ofCitizen(long accountId);
}
