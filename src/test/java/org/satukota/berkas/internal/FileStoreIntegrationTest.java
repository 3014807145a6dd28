package org.satukota.berkas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.satukota.berkas.FileStore;
import org.satukota.berkas.StoredFile;
import org.satukota.berkas.Upload;
import org.satukota.berkas.UploadRules;
import org.satukota.shared.PolicyViolation;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class FileStoreIntegrationTest {

	@Autowired
	FileStore files;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	final String prefix = "uji-" + UUID.randomUUID() + "-";

	@Test
	void storesAnAcceptedUploadWithTheTypeFoundInItsContent() {
		byte[] png = ContentSnifferTest.PNG;
		StoredFile stored = files.store(new Upload(prefix + "foto-rumah.pdf", png), UploadRules.documentsAndImages(1024));

		assertThat(stored.mediaType()).isEqualTo("image/png");
		assertThat(stored.size()).isEqualTo(png.length);
		assertThat(stored.sha256()).isEqualTo(JdbcFileStore.sha256(png)).hasSize(64);
		assertThat(files.find(stored.id())).contains(stored);
		assertThat(files.content(stored.id())).isEqualTo(png);
	}

	@Test
	void storesSeveralUploadsTogetherInTheirOrderOrNoneWhenOneIsRefused() {
		UploadRules rules = UploadRules.documentsAndImages(1024);
		List<StoredFile> stored = files.storeAll(List.of(new Upload(prefix + "ktp.pdf", ContentSnifferTest.PDF),
				new Upload(prefix + "foto.png", ContentSnifferTest.PNG)), List.of(rules, rules));

		assertThat(stored).extracting(StoredFile::mediaType).containsExactly("application/pdf", "image/png");
		assertThat(files.content(stored.get(1).id())).isEqualTo(ContentSnifferTest.PNG);

		String other = "uji-" + UUID.randomUUID() + "-";
		assertThatThrownBy(() -> files.storeAll(List.of(new Upload(other + "ktp.pdf", ContentSnifferTest.PDF),
				new Upload(other + "kosong.pdf", new byte[0])), List.of(rules, rules)))
			.isInstanceOf(PolicyViolation.class)
			.hasMessage("berkas.empty");
		assertThat(jdbc.sql("select count(*) from stored_file where original_name like :p").param("p", other + "%")
			.query(Long.class).single()).isZero();
		assertThatThrownBy(() -> files.check(new Upload(other + "foto.pdf", ContentSnifferTest.PNG),
				UploadRules.pdfOnly(1024))).isInstanceOf(PolicyViolation.class).hasMessage("berkas.type-not-accepted");
	}

	@Test
	void refusesEmptyOversizedAndDisguisedUploadsAndSavesNothing() {
		UploadRules pdfUpTo2Mb = UploadRules.pdfOnly(2L * 1024 * 1024);
		assertRefused(new Upload(prefix + "kosong.pdf", new byte[0]), pdfUpTo2Mb, "berkas.empty");
		byte[] big = new byte[2 * 1024 * 1024 + 1];
		System.arraycopy(ContentSnifferTest.PDF, 0, big, 0, ContentSnifferTest.PDF.length);
		assertRefused(new Upload(prefix + "besar.pdf", big), pdfUpTo2Mb, "berkas.too-large");
		assertRefused(new Upload(prefix + "foto.pdf", ContentSnifferTest.PNG), pdfUpTo2Mb, "berkas.type-not-accepted");
		assertRefused(new Upload(prefix + "catatan.pdf", "bukan pdf".getBytes(StandardCharsets.UTF_8)),
				UploadRules.documentsAndImages(1024), "berkas.type-not-accepted");

		assertThat(storedWithPrefix()).isZero();
	}

	@Test
	void anUploadRolledBackWithItsCallerLeavesNoTrace() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			files.store(new Upload(prefix + "ktp.jpg", ContentSnifferTest.JPEG), UploadRules.documentsAndImages(1024));
			throw new IllegalStateException("the application failed to save");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(storedWithPrefix()).isZero();
	}

	@Test
	void unknownFilesAreAbsent() {
		UUID unknown = UUID.randomUUID();
		assertThat(files.find(unknown)).isEmpty();
		assertThatThrownBy(() -> files.content(unknown)).isInstanceOf(NoSuchElementException.class);
	}

	private void assertRefused(Upload upload, UploadRules rules, String code) {
		assertThatThrownBy(() -> files.store(upload, rules)).isInstanceOfSatisfying(PolicyViolation.class,
				violation -> assertThat(violation.code()).isEqualTo(code));
	}

	private long storedWithPrefix() {
		return jdbc.sql("select count(*) from stored_file where original_name like ?")
			.param(prefix + "%")
			.query(Long.class)
			.single();
	}
}
