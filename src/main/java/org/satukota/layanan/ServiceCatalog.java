package org.satukota.layanan;

import java.util.List;
import java.util.Optional;

/** Read access to the service types. */
public interface ServiceCatalog {

	/** The current versions of all active (not retired) service types, by name. */
	List<ServiceVersion> published();

	/** The current version of an active service type; empty for unknown or retired codes. */
	Optional<ServiceVersion> current(String code);

	/** Any version by id, superseded ones and those of retired types included. */
	Optional<ServiceVersion> version(long versionId);

	/** Active service types matching an Indonesian query (stemmed: "nikah" finds "pernikahan"), best first. */
	List<ServiceVersion> search(String query);
}
