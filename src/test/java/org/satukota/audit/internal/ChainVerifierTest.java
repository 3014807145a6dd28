package org.satukota.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.audit.VerificationResult;
import org.satukota.audit.VerificationResult.Problem;

class ChainVerifierTest {

	private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

	private static List<ChainRow> chain(int length) {
		List<ChainRow> rows = new ArrayList<>();
		String prev = ChainHash.GENESIS;
		for (int seq = 1; seq <= length; seq++) {
			ChainRow row = row(seq, "alasan " + seq, prev).sealed();
			rows.add(row);
			prev = row.hash();
		}
		return rows;
	}

	private static ChainRow row(long seq, String reason, String prevHash) {
		return new ChainRow(seq, NOW.minusSeconds(100 - seq), NOW, "petugas", "PETUGAS_LAYANAN", 3L, "uji.aksi",
				"permohonan", Long.toString(seq), reason, "org.example.Event", Long.toString(seq).repeat(64).substring(0, 64),
				prevHash, null);
	}

	private static VerificationResult verify(List<ChainRow> rows, Long headSeq, String headHash) {
		ChainVerifier verifier = new ChainVerifier(NOW);
		for (ChainRow row : rows) {
			if (!verifier.accept(row)) {
				break;
			}
		}
		return verifier.finish(headSeq, headHash);
	}

	private static VerificationResult verifyWithHead(List<ChainRow> rows, ChainRow head) {
		return verify(rows, head.seq(), head.hash());
	}

	@Test
	void anUntouchedChainIsIntact() {
		List<ChainRow> rows = chain(5);

		VerificationResult result = verifyWithHead(rows, rows.get(4));

		assertThat(result.intact()).isTrue();
		assertThat(result.rowsChecked()).isEqualTo(5);
		assertThat(result.lastSeq()).isEqualTo(5);
		assertThat(result.firstBrokenSeq()).isNull();
	}

	@Test
	void anEmptyTrailWithoutHeadIsIntact() {
		assertThat(verify(List.of(), null, null).intact()).isTrue();
	}

	@Test
	void anEditedReasonIsReportedAtThatRow() {
		List<ChainRow> rows = chain(5);
		ChainRow original = rows.get(2);
		rows.set(2, new ChainRow(3, original.occurredAt(), original.recordedAt(), original.actor(), original.role(),
				original.unitId(), original.action(), original.recordType(), original.recordId(), "diubah",
				original.eventType(), original.eventDigest(), original.prevHash(), original.hash()));

		VerificationResult result = verifyWithHead(rows, rows.get(4));

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(3);
		assertThat(result.problem()).isEqualTo(Problem.ROW_ALTERED);
		assertThat(result.lastSeq()).isEqualTo(2);
	}

	@Test
	void anEditWithARecomputedHashBreaksTheLinkToTheNextRow() {
		List<ChainRow> rows = chain(5);
		ChainRow original = rows.get(2);
		rows.set(2, new ChainRow(3, original.occurredAt(), original.recordedAt(), original.actor(), original.role(),
				original.unitId(), original.action(), original.recordType(), original.recordId(), "diubah",
				original.eventType(), original.eventDigest(), original.prevHash(), null).sealed());

		VerificationResult result = verifyWithHead(rows, rows.get(4));

		assertThat(result.firstBrokenSeq()).isEqualTo(4);
		assertThat(result.problem()).isEqualTo(Problem.CHAIN_BROKEN);
	}

	@Test
	void aDeletedMiddleRowIsReportedAsMissing() {
		List<ChainRow> rows = chain(5);
		ChainRow head = rows.get(4);
		rows.remove(1);

		VerificationResult result = verifyWithHead(rows, head);

		assertThat(result.firstBrokenSeq()).isEqualTo(2);
		assertThat(result.problem()).isEqualTo(Problem.ROW_MISSING);
	}

	@Test
	void aDeletedFirstRowIsReportedAsMissing() {
		List<ChainRow> rows = chain(3);
		ChainRow head = rows.get(2);
		rows.remove(0);

		assertThat(verifyWithHead(rows, head).firstBrokenSeq()).isEqualTo(1);
	}

	@Test
	void aCutOffTailIsDetectedThroughTheChainHead() {
		List<ChainRow> rows = chain(5);
		ChainRow head = rows.get(4);

		VerificationResult result = verifyWithHead(rows.subList(0, 3), head);

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(4);
		assertThat(result.problem()).isEqualTo(Problem.HEAD_MISMATCH);
	}

	@Test
	void aReplacedLastRowIsDetectedThroughTheChainHead() {
		List<ChainRow> rows = chain(3);
		ChainRow head = rows.get(2);
		rows.set(2, row(3, "palsu", rows.get(1).hash()).sealed());

		VerificationResult result = verifyWithHead(rows, head);

		assertThat(result.firstBrokenSeq()).isEqualTo(3);
		assertThat(result.problem()).isEqualTo(Problem.HEAD_MISMATCH);
	}

	@Test
	void rowsAppendedBehindTheHeadAreDetected() {
		List<ChainRow> rows = chain(4);

		VerificationResult result = verifyWithHead(rows, rows.get(2));

		assertThat(result.firstBrokenSeq()).isEqualTo(4);
		assertThat(result.problem()).isEqualTo(Problem.HEAD_MISMATCH);
	}

	@Test
	void allRowsDeletedWhileTheHeadRemainsIsDetected() {
		List<ChainRow> rows = chain(2);

		VerificationResult result = verifyWithHead(List.of(), rows.get(1));

		assertThat(result.firstBrokenSeq()).isEqualTo(1);
		assertThat(result.problem()).isEqualTo(Problem.HEAD_MISMATCH);
	}
}
