package org.satukota.berkas;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores files. The current implementation keeps the bytes in PostgreSQL so that an upload is saved in the same
 * transaction as the record that references it (nothing half-saved) and all nodes see the same files. This
 * interface is the seam for an S3-compatible object store later.
 */
public interface FileStore {

	/**
	 * Checks the upload and stores it in the caller's transaction. The type is detected from the content's magic
	 * bytes (PDF, JPEG, PNG), never from the file name.
	 * @throws org.satukota.shared.PolicyViolation {@code berkas.empty} (args: accepted types, limit),
	 * {@code berkas.too-large} (args: limit, accepted types), {@code berkas.type-not-accepted} (args: accepted
	 * types, limit) — the types as text like "PDF, JPEG, PNG", the limit like "2 MB"; the codes are message keys
	 * of the {@code i18n/berkas} bundle
	 */
	StoredFile store(Upload upload, UploadRules rules);

	/**
	 * Checks an upload exactly as {@link #store} would, without storing it: to tell a citizen about every refused
	 * file of a form at once before storing any.
	 * @throws org.satukota.shared.PolicyViolation as {@link #store}
	 */
	void check(Upload upload, UploadRules rules);

	/**
	 * Stores several uploads in the caller's transaction in one round trip (each checked as by {@link #store});
	 * returns the stored files in the order of {@code uploads}.
	 * @param rules the rules for each upload, in the same order
	 * @throws org.satukota.shared.PolicyViolation as {@link #store}, for the first upload refused (nothing is stored)
	 */
	List<StoredFile> storeAll(List<Upload> uploads, List<UploadRules> rules);

	/** The metadata of a stored file; empty for unknown ids. */
	Optional<StoredFile> find(UUID id);

	/**
	 * The content of a stored file.
	 * @throws java.util.NoSuchElementException for unknown ids
	 */
	byte[] content(UUID id);
}
