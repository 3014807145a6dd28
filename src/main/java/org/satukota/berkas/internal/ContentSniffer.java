package org.satukota.berkas.internal;

import java.util.Optional;

/**
 * Detects a file's type from its first bytes. File names and browser-declared types are under the sender's
 * control and are never trusted.
 */
final class ContentSniffer {

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private ContentSniffer() {
	}

	/** The media type the content really is, or empty when it is none of the types the platform knows. */
	static Optional<String> detect(byte[] content) {
		if (content == null) {
			return Optional.empty();
		}
		if (startsWith(content, PDF)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, JPEG)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, PNG)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
