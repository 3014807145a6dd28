package org.satukota.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ChainHashTest {

	private static final Instant OCCURRED = Instant.parse("2026-03-02T03:04:05.123456789Z");

	private static final Instant RECORDED = Instant.parse("2026-03-02T03:04:06Z");

	private static ChainRow row(String actor, String role, String reason) {
		return new ChainRow(7, OCCURRED, RECORDED, actor, role, 12L, "directory.unit-retired", "unit", "12", reason,
				"org.example.UnitRetired", "d".repeat(64), ChainHash.GENESIS, null);
	}

	@Test
	void theCanonicalEncodingLengthPrefixesEveryFieldAndMarksMissingOnes() {
		String encoded = new String(ChainHash.canonical(row("budi", null, "Digabung")), StandardCharsets.UTF_8);

		assertThat(encoded).startsWith("17:satukota-audit-v1;1:7;16:1772420645123456;16:1772420646000000;4:budi;~;2:12;")
			.contains("8:Digabung;")
			.endsWith("64:" + ChainHash.GENESIS + ";");
	}

	@Test
	void lengthsAreCountedInUtf8Bytes() {
		String encoded = new String(ChainHash.canonical(row("budi", null, "Sudah dipindah ke Dinas Kesehatan — é")),
				StandardCharsets.UTF_8);

		assertThat(encoded).contains("40:Sudah dipindah ke Dinas Kesehatan — é;");
	}

	@Test
	void shiftingTextBetweenAdjacentFieldsChangesTheHash() {
		assertThat(ChainHash.of(row("budi;4:ADMIN", null, null))).isNotEqualTo(ChainHash.of(row("budi", "ADMIN", null)));
		assertThat(ChainHash.of(row("ab", "c", null))).isNotEqualTo(ChainHash.of(row("a", "bc", null)));
	}

	@Test
	void aMissingValueHashesDifferentlyFromAnEmptyOneOrTheWordNull() {
		assertThat(ChainHash.of(row("budi", null, null))).isNotEqualTo(ChainHash.of(row("budi", null, "")))
			.isNotEqualTo(ChainHash.of(row("budi", null, "null")))
			.isNotEqualTo(ChainHash.of(row("budi", null, "~")));
	}

	@Test
	void theHashIsStableAndCoversEveryField() {
		ChainRow base = row("budi", "ADMIN", "Digabung");
		String hash = ChainHash.of(base);

		assertThat(hash).hasSize(64).isEqualTo(ChainHash.of(row("budi", "ADMIN", "Digabung")));
		assertThat(ChainHash.of(new ChainRow(8, OCCURRED, RECORDED, "budi", "ADMIN", 12L, "directory.unit-retired",
				"unit", "12", "Digabung", "org.example.UnitRetired", "d".repeat(64), ChainHash.GENESIS, null)))
			.isNotEqualTo(hash);
		assertThat(ChainHash.of(new ChainRow(7, OCCURRED, RECORDED, "budi", "ADMIN", 13L, "directory.unit-retired",
				"unit", "12", "Digabung", "org.example.UnitRetired", "d".repeat(64), ChainHash.GENESIS, null)))
			.isNotEqualTo(hash);
		assertThat(ChainHash.of(new ChainRow(7, OCCURRED, RECORDED, "budi", "ADMIN", 12L, "directory.unit-retired",
				"unit", "12", "Digabung", "org.example.UnitRetired", "d".repeat(64), "1".repeat(64), null)))
			.isNotEqualTo(hash);
		assertThat(ChainHash.of(new ChainRow(7, OCCURRED.plusNanos(1000), RECORDED, "budi", "ADMIN", 12L,
				"directory.unit-retired", "unit", "12", "Digabung", "org.example.UnitRetired", "d".repeat(64),
				ChainHash.GENESIS, null)))
			.isNotEqualTo(hash);
	}

	@Test
	void instantsAreHashedAtTheMicrosecondPrecisionTheDatabaseStores() {
		ChainRow withNanos = row("budi", null, null);
		ChainRow asReadBack = new ChainRow(7, Instant.parse("2026-03-02T03:04:05.123456Z"), RECORDED, "budi", null,
				12L, "directory.unit-retired", "unit", "12", null, "org.example.UnitRetired", "d".repeat(64),
				ChainHash.GENESIS, null);

		assertThat(ChainHash.of(withNanos)).isEqualTo(ChainHash.of(asReadBack));
	}

	@Test
	void aSealedRowCarriesTheHashOfItsFields() {
		ChainRow sealed = row("budi", null, null).sealed();

		assertThat(sealed.hash()).isEqualTo(ChainHash.of(sealed));
	}
}
