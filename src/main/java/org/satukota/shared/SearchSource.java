package org.satukota.shared;

import java.util.List;

/**
 * Implemented by modules whose public content belongs in the portal's site-wide search (services, news,
 * documents, datasets). Only public content: nothing personal, nothing confidential, nothing unpublished.
 */
public interface SearchSource {

	/** Every searchable public document of the module as it is now. */
	List<SearchDocument> searchDocuments();
}
