package org.satukota.berkas;

import java.util.Set;

/**
 * What a particular upload slot accepts: the media types (as detected from the content) and the maximum size in
 * bytes.
 */
public record UploadRules(Set<String> acceptedMediaTypes, long maxBytes) {

	public static final String PDF = "application/pdf";
	public static final String JPEG = "image/jpeg";
	public static final String PNG = "image/png";

	public UploadRules {
		acceptedMediaTypes = Set.copyOf(acceptedMediaTypes);
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive");
		}
	}

	/** PDF, JPEG and PNG up to {@code maxBytes} — the usual rule for scanned requirements and photos. */
	public static UploadRules documentsAndImages(long maxBytes) {
		return new UploadRules(Set.of(PDF, JPEG, PNG), maxBytes);
	}

	/** Only PDF up to {@code maxBytes}. */
	public static UploadRules pdfOnly(long maxBytes) {
		return new UploadRules(Set.of(PDF), maxBytes);
	}
}
