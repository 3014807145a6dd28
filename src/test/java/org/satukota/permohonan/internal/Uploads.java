package org.satukota.permohonan.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.mock.web.MockMultipartFile;

/** Files as people upload them: real magic bytes, and impostors. */
final class Uploads {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	/** A Windows executable (MZ header) wearing a .pdf name. */
	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	private Uploads() {
	}

	static MockMultipartFile pdf(String requirementKey) {
		return new MockMultipartFile("berkas." + requirementKey, requirementKey + ".pdf", "application/pdf", PDF);
	}

	static MockMultipartFile png(String requirementKey) {
		return new MockMultipartFile("berkas." + requirementKey, requirementKey + ".png", "image/png", PNG);
	}

	static MockMultipartFile file(String requirementKey, String name, byte[] content) {
		return new MockMultipartFile("berkas." + requirementKey, name, "application/pdf", content);
	}

	/** A PDF one byte over {@code limit}. */
	static byte[] pdfOver(long limit) {
		byte[] content = Arrays.copyOf(PDF, (int) limit + 1);
		Arrays.fill(content, PDF.length, content.length, (byte) ' ');
		return content;
	}
}
