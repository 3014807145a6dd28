package org.satukota.berkas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.satukota.berkas.Upload;
import org.satukota.berkas.UploadRules;
import org.satukota.shared.PolicyViolation;

class ContentSnifferTest {

	static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Test
	void recognisesPdfJpegAndPngByTheirMagicBytes() {
		assertThat(ContentSniffer.detect(PDF)).contains("application/pdf");
		assertThat(ContentSniffer.detect(JPEG)).contains("image/jpeg");
		assertThat(ContentSniffer.detect(PNG)).contains("image/png");
	}

	@Test
	void textAndTruncatedHeadersAreNotRecognised() {
		assertThat(ContentSniffer.detect("Surat pengantar RT".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ContentSniffer.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ContentSniffer.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).isEmpty();
		assertThat(ContentSniffer.detect(new byte[0])).isEmpty();
		assertThat(ContentSniffer.detect(null)).isEmpty();
	}

	@Test
	void aPdfHeaderLaterInTheFileDoesNotCount() {
		assertThat(ContentSniffer.detect(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void theFileNameNeverDecidesTheType() {
		assertThat(JdbcFileStore.checked(new Upload("ktp.pdf", PNG), UploadRules.documentsAndImages(1024)))
			.isEqualTo("image/png");
		assertThatThrownBy(() -> JdbcFileStore.checked(new Upload("ktp.pdf", PNG), UploadRules.pdfOnly(1024)))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("berkas.type-not-accepted"));
		assertThatThrownBy(() -> JdbcFileStore.checked(new Upload("surat.pdf", "halo".getBytes(StandardCharsets.UTF_8)),
				UploadRules.documentsAndImages(1024)))
			.isInstanceOfSatisfying(PolicyViolation.class, violation -> {
				assertThat(violation.code()).isEqualTo("berkas.type-not-accepted");
				assertThat(violation.args()).containsExactly("PDF, JPEG, PNG", "1 KB");
			});
	}

	@Test
	void refusalsNameTheLimitInPlainUnits() {
		assertThatThrownBy(() -> JdbcFileStore.checked(new Upload("scan.pdf", PDF), UploadRules.documentsAndImages(10)))
			.isInstanceOfSatisfying(PolicyViolation.class, violation -> {
				assertThat(violation.code()).isEqualTo("berkas.too-large");
				assertThat(violation.args()[0]).isEqualTo("10 byte");
			});
		assertThat(UploadLimits.size(2L * 1024 * 1024)).isEqualTo("2 MB");
		assertThat(UploadLimits.size(1536L * 1024)).isEqualTo("1,5 MB");
		assertThat(UploadLimits.size(500L * 1024)).isEqualTo("500 KB");
	}

	@Test
	void emptyUploadsAreRefused() {
		assertThatThrownBy(() -> JdbcFileStore.checked(new Upload("a.pdf", new byte[0]), UploadRules.pdfOnly(10)))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("berkas.empty"));
	}

	@Test
	void storedNamesLoseDirectoriesAndControlCharacters() {
		assertThat(JdbcFileStore.safeName("C:\\Users\\siti\\KTP.pdf", "application/pdf")).isEqualTo("KTP.pdf");
		assertThat(JdbcFileStore.safeName("../../etc/pass\nwd", "application/pdf")).isEqualTo("passwd");
		assertThat(JdbcFileStore.safeName("  ", "image/png")).isEqualTo("berkas.png");
	}
}
