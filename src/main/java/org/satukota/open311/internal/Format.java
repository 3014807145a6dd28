package org.satukota.open311.internal;

import java.util.Optional;

import org.springframework.http.MediaType;

/** The response formats, chosen by the suffix of the resource ({@code .xml} is required, {@code .json} expected). */
enum Format {

	XML("xml", new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8)),
	JSON("json", new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8));

	private final String suffix;

	private final MediaType mediaType;

	Format(String suffix, MediaType mediaType) {
		this.suffix = suffix;
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return mediaType;
	}

	String suffix() {
		return suffix;
	}

	static Optional<Format> ofSuffix(String suffix) {
		for (Format format : values()) {
			if (format.suffix.equals(suffix)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}
}
