/**
 * File storage for uploads and generated documents ({@link org.satukota.berkas.FileStore}): content is checked by
 * its magic bytes (never by its name) against {@link org.satukota.berkas.UploadRules} and kept in the database, in
 * the caller's transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Berkas")
package org.satukota.berkas;
