package org.satukota.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.audit.AuditEntry;
import org.satukota.audit.AuditPage;
import org.satukota.audit.AuditQuery;
import org.satukota.audit.AuditTrail;
import org.satukota.audit.VerificationResult;
import org.satukota.audit.VerificationResult.Problem;
import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class AuditTrailIntegrationTest {

	/** A decision event as any module would publish it. */
	record SomethingDecided(Actor actor, String action, String recordType, String recordId, Instant occurredAt,
			String reason) implements AuditedEvent {
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void setUpMockMvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static SomethingDecided decision(String recordId) {
		return new SomethingDecided(new Actor("petugas-" + recordId, "PETUGAS_LAYANAN", 7L), "ujiaudit.disetujui",
				"permohonan", recordId, Instant.now(), "Persyaratan lengkap");
	}

	private void publish(AuditedEvent event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private long awaitRecorded(String recordId) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> seqOf(recordId), Optional::isPresent)
			.orElseThrow();
	}

	private Optional<Long> seqOf(String recordId) {
		return jdbc.sql("select seq from audit_entry where record_id = ?").param(recordId).query(Long.class).optional();
	}

	/** Runs SQL the way a database superuser could: with the append-only triggers switched off for the session. */
	private void asSuperuserBypassingTriggers(String sql, Object... params) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(sql).params(params).update();
		});
	}

	/** Tampers and verifies in one transaction that is then rolled back, so the shared trail stays intact. */
	private VerificationResult verifyAfterRolledBackTampering(String sql, Object... params) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			// Holding the append lock keeps other tests' events from appending between tampering and verifying.
			jdbc.sql("select pg_advisory_xact_lock(?)").param(AuditLog.APPEND_LOCK).query((rs, n) -> 1).list();
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(sql).params(params).update();
			return trail.verify();
		});
	}

	@Test
	void aPublishedDecisionIsAppendedWithWhoWhatWhichRecordWhenAndWhy() {
		String recordId = "P-" + unique();
		SomethingDecided event = decision(recordId);

		publish(event);
		long seq = awaitRecorded(recordId);

		AuditEntry entry = trail.search(AuditQuery.all().withRecord("permohonan", recordId)).entries().get(0);
		assertThat(entry.seq()).isEqualTo(seq);
		assertThat(entry.actor()).isEqualTo("petugas-" + recordId);
		assertThat(entry.role()).isEqualTo("PETUGAS_LAYANAN");
		assertThat(entry.unitId()).isEqualTo(7L);
		assertThat(entry.action()).isEqualTo("ujiaudit.disetujui");
		assertThat(entry.reason()).isEqualTo("Persyaratan lengkap");
		assertThat(entry.occurredAt()).isEqualTo(event.occurredAt().truncatedTo(ChronoUnit.MICROS));
		assertThat(entry.recordedAt()).isNotNull();
		assertThat(entry.eventType()).isEqualTo(SomethingDecided.class.getName());

		Map<String, Object> chain = jdbc.sql("""
				select e.prev_hash, coalesce((select p.hash from audit_entry p where p.seq = e.seq - 1), :genesis) as expected
				from audit_entry e where e.seq = :seq
				""").param("genesis", ChainHash.GENESIS).param("seq", seq).query().singleRow();
		assertThat(chain.get("prev_hash")).isEqualTo(chain.get("expected"));
	}

	@Test
	void anUntouchedTrailVerifiesAsIntact() {
		String first = "P-" + unique();
		String second = "P-" + unique();
		publish(decision(first));
		publish(decision(second));
		long lastSeq = Math.max(awaitRecorded(first), awaitRecorded(second));

		VerificationResult result = trail.verify();

		assertThat(result.intact()).as("%s", result).isTrue();
		assertThat(result.lastSeq()).isGreaterThanOrEqualTo(lastSeq);
		assertThat(result.rowsChecked()).isEqualTo(result.lastSeq());
		assertThat(result.firstBrokenSeq()).isNull();
	}

	@Test
	void aReasonEditedWithTheTriggerBypassedIsDetectedAtThatRow() throws Exception {
		String recordId = "P-" + unique();
		publish(decision(recordId));
		String other = "P-" + unique();
		publish(decision(other));
		long seq = awaitRecorded(recordId);
		awaitRecorded(other);

		asSuperuserBypassingTriggers("update audit_entry set reason = 'Persyaratan tidak lengkap' where seq = ?", seq);
		try {
			VerificationResult result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(seq);
			assertThat(result.problem()).isEqualTo(Problem.ROW_ALTERED);

			mvc.perform(post("/admin/audit/verifikasi").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(seq))
				.andExpect(jsonPath("$.problem").value("ROW_ALTERED"))
				.andExpect(jsonPath("$.message").value(Matchers.containsString("baris nomor " + seq)));
		}
		finally {
			asSuperuserBypassingTriggers("update audit_entry set reason = 'Persyaratan lengkap' where seq = ?", seq);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aDeletedMiddleRowIsDetectedAsMissing() {
		String recordId = "P-" + unique();
		publish(decision(recordId));
		long seq = awaitRecorded(recordId);
		String later = "P-" + unique();
		publish(decision(later));
		awaitRecorded(later);

		VerificationResult result = verifyAfterRolledBackTampering("delete from audit_entry where seq = ?", seq);

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(seq);
		assertThat(result.problem()).isEqualTo(Problem.ROW_MISSING);
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void rowsCutOffTheEndAreDetectedThroughTheChainHead() {
		String recordId = "P-" + unique();
		publish(decision(recordId));
		awaitRecorded(recordId);

		VerificationResult result = transactions.execute(status -> {
			status.setRollbackOnly();
			jdbc.sql("select pg_advisory_xact_lock(?)").param(AuditLog.APPEND_LOCK).query((rs, n) -> 1).list();
			long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("delete from audit_entry where seq = ?").param(last).update();
			VerificationResult broken = trail.verify();
			assertThat(broken.firstBrokenSeq()).isEqualTo(last);
			return broken;
		});

		assertThat(result.intact()).isFalse();
		assertThat(result.problem()).isEqualTo(Problem.HEAD_MISMATCH);
	}

	@Test
	void aRowReplacedWithARecomputedHashBreaksTheLinkToTheNextRow() {
		String recordId = "P-" + unique();
		publish(decision(recordId));
		long seq = awaitRecorded(recordId);
		String later = "P-" + unique();
		publish(decision(later));
		awaitRecorded(later);

		VerificationResult result = transactions.execute(status -> {
			status.setRollbackOnly();
			jdbc.sql("select pg_advisory_xact_lock(?)").param(AuditLog.APPEND_LOCK).query((rs, n) -> 1).list();
			ChainRow original = jdbc.sql("select * from audit_entry where seq = ?")
				.param(seq)
				.query((rs, n) -> AuditLog.mapRow(rs))
				.single();
			ChainRow forged = new ChainRow(original.seq(), original.occurredAt(), original.recordedAt(), original.actor(),
					original.role(), original.unitId(), original.action(), original.recordType(), original.recordId(),
					"Alasan palsu", original.eventType(), original.eventDigest(), original.prevHash(), null)
				.sealed();
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql("update audit_entry set reason = ?, hash = ? where seq = ?")
				.params(forged.reason(), forged.hash(), seq)
				.update();
			return trail.verify();
		});

		assertThat(result.firstBrokenSeq()).isEqualTo(seq + 1);
		assertThat(result.problem()).isEqualTo(Problem.CHAIN_BROKEN);
	}

	@Test
	void theSameEventPublishedTwiceIsRecordedOnce() {
		String recordId = "P-" + unique();
		SomethingDecided event = decision(recordId);

		publish(event);
		publish(event);
		awaitRecorded(recordId);
		publish(event);

		assertThat(auditLog.append(event)).isEmpty();
		await().atMost(Duration.ofSeconds(30)).until(() -> waiting(recordId) == 0);
		assertThat(jdbc.sql("select count(*) from audit_entry where record_id = ?").param(recordId).query(Long.class).single())
			.isEqualTo(1);
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void aDecisionIsRecordedInItsOwnTransactionAndOnlyIfThatCommits() {
		String kept = "P-" + unique();
		String rolledBack = "P-" + unique();

		transactions.executeWithoutResult(status -> {
			events.publishEvent(decision(kept));
			assertThat(waiting(kept)).as("recorded before the deciding transaction ends").isEqualTo(1);
		});
		transactions.executeWithoutResult(status -> {
			events.publishEvent(decision(rolledBack));
			status.setRollbackOnly();
		});

		awaitRecorded(kept);
		assertThat(waiting(kept)).as("taken off the inbox once chained").isZero();
		assertThat(waiting(rolledBack)).isZero();
		assertThat(seqOf(rolledBack)).isEmpty();
	}

	@Test
	void manyDecisionsWaitingAreChainedInOrderInBatches() {
		String prefix = "B-" + unique() + "-";
		int count = AuditLog.BATCH + 20;
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < count; i++) {
				auditLog.record(decision(prefix + i));
			}
		});

		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from audit_entry where record_id like ?")
				.param(prefix + "%")
				.query(Long.class)
				.single() == count);
		assertThat(jdbc.sql("select record_id from audit_entry where record_id like ? order by seq")
			.param(prefix + "%")
			.query(String.class)
			.list()).as("in the order they were recorded")
			.containsExactlyElementsOf(java.util.stream.IntStream.range(0, count).mapToObj(i -> prefix + i).toList());
		assertThat(trail.verify().intact()).isTrue();
	}

	private long waiting(String recordId) {
		return jdbc.sql("select count(*) from audit_inbox where record_id = ?").param(recordId).query(Long.class).single();
	}

	@Test
	void twoDifferentDecisionsOnTheSameRecordAreBothRecorded() {
		String recordId = "P-" + unique();
		SomethingDecided approved = decision(recordId);
		SomethingDecided revoked = new SomethingDecided(approved.actor(), "ujiaudit.dicabut", "permohonan", recordId,
				approved.occurredAt(), "Dokumen palsu");

		assertThat(auditLog.append(approved)).isPresent();
		assertThat(auditLog.append(revoked)).isPresent();
	}

	@Test
	void theTrailRefusesUpdatesAndDeletesThroughOrdinarySql() {
		String recordId = "P-" + unique();
		publish(decision(recordId));
		long seq = awaitRecorded(recordId);

		assertThatThrownBy(() -> jdbc.sql("update audit_entry set reason = 'x' where seq = ?").param(seq).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = ?").param(seq).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from audit_chain_head").update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("update audit_chain_head set last_seq = last_seq - 1").update())
			.isInstanceOf(DataAccessException.class);
		assertThat(seqOf(recordId)).contains(seq);
	}

	@Test
	void searchFiltersByActorActionPrefixRecordAndPeriodInTheChosenZone() {
		String tag = unique();
		Actor actor = new Actor("pencari-" + tag, "ADMIN", null);
		// 17:30 UTC on 10 March is already 11 March in WIB (UTC+7).
		Instant lateEvening = Instant.parse("2031-03-10T17:30:00Z");
		Instant nextWeek = Instant.parse("2031-03-17T02:00:00Z");
		auditLog.append(new SomethingDecided(actor, "uji" + tag + ".unit-dibuat", "unit", "U-" + tag, lateEvening, null));
		auditLog.append(new SomethingDecided(actor, "uji" + tag + ".unit-dipensiunkan", "unit", "U-" + tag, nextWeek,
				"Digabung"));
		auditLog.append(new SomethingDecided(actor, "uji" + tag + "x.lain", "layanan", "L-" + tag, nextWeek, null));
		auditLog.append(new SomethingDecided(new Actor("lain-" + tag, null, null), "uji" + tag + ".unit-dibuat", "unit",
				"V-" + tag, nextWeek, null));

		AuditQuery byActor = AuditQuery.all().withActor("pencari-" + tag);
		assertThat(trail.search(byActor).total()).isEqualTo(3);
		assertThat(trail.search(byActor).entries()).extracting(AuditEntry::action)
			.as("newest first")
			.first()
			.isEqualTo("uji" + tag + "x.lain");
		assertThat(trail.search(AuditQuery.all().withActionPrefix("uji" + tag + ".")).entries()).hasSize(3)
			.extracting(AuditEntry::action)
			.allMatch(action -> action.startsWith("uji" + tag + ".unit-"));
		assertThat(trail.search(AuditQuery.all().withActionPrefix("uji" + tag + "_")).total())
			.as("LIKE wildcards in the prefix are taken literally")
			.isZero();
		assertThat(trail.search(AuditQuery.all().withRecord("unit", "U-" + tag)).total()).isEqualTo(2);
		assertThat(trail.search(AuditQuery.all().withRecord("layanan", null).withActor("pencari-" + tag)).total())
			.isEqualTo(1);

		LocalDate eleventh = LocalDate.of(2031, 3, 11);
		assertThat(trail.search(byActor.withPeriod(eleventh, eleventh, ZoneId.of("Asia/Jakarta"))).entries())
			.extracting(AuditEntry::action)
			.containsExactly("uji" + tag + ".unit-dibuat");
		assertThat(trail.search(byActor.withPeriod(eleventh, eleventh, ZoneOffset.UTC)).total()).isZero();
		assertThat(trail.search(byActor.withPeriod(LocalDate.of(2031, 3, 10), null, ZoneOffset.UTC)).total())
			.isEqualTo(3);
		assertThat(trail.search(byActor.withPeriod(null, LocalDate.of(2031, 3, 16), ZoneOffset.UTC)).total())
			.isEqualTo(1);

		AuditPage first = trail.search(byActor.withPage(0, 2));
		AuditPage second = trail.search(byActor.withPage(1, 2));
		assertThat(first.entries()).hasSize(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.entries()).hasSize(1);
		assertThat(second.hasNext()).isFalse();
		assertThat(second.hasPrevious()).isTrue();
	}

	@Test
	void theAuditPageIsOnlyForAdministrators() throws Exception {
		mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/masuk"));
		mvc.perform(get("/admin/audit").with(user("warga").roles("WARGA"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(user("petugas").roles("STAF"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/audit/verifikasi").with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/masuk"));
		mvc.perform(post("/admin/audit/verifikasi").with(csrf())
			.with(user("warga").roles("WARGA"))
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isForbidden());
	}

	@Test
	void theAuditPageListsMatchingEntriesAndShowsAnEmptyState() throws Exception {
		String tag = unique();
		auditLog.append(new SomethingDecided(new Actor("halaman-" + tag, "ADMIN", 3L), "uji" + tag + ".dibuat", "unit",
				"H-" + tag, Instant.parse("2031-05-01T01:00:00Z"), "Alasan <b>tebal</b>"));

		mvc.perform(get("/admin/audit").param("pelaku", "halaman-" + tag).param("zona", "utc")
			.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("uji" + tag + ".dibuat")))
			.andExpect(content().string(Matchers.containsString("01-05-2031 01:00:00")))
			.andExpect(content().string(Matchers.containsString("Alasan &lt;b&gt;tebal&lt;/b&gt;")))
			.andExpect(content().string(Matchers.containsString("H-" + tag)));
		mvc.perform(get("/admin/audit").param("pelaku", "tidak-ada-" + tag).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Tidak ada entri yang cocok")));
	}

	@Test
	void anInvalidOrReversedPeriodIsExplainedNextToTheFields() throws Exception {
		mvc.perform(get("/admin/audit").param("dari", "kemarin").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(Matchers.containsString("Tanggal awal tidak valid")));
		mvc.perform(get("/admin/audit").param("dari", "2031-03-10")
			.param("sampai", "2031-03-01")
			.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Tanggal akhir tidak boleh sebelum tanggal awal")));
	}

	@Test
	void theVerificationButtonShowsTheOutcomeAndTheEndpointAnswersInJson() throws Exception {
		mvc.perform(post("/admin/audit/verifikasi").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Rantai utuh")));
		mvc.perform(post("/admin/audit/verifikasi").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.rowsChecked").isNumber())
			.andExpect(jsonPath("$.firstBrokenSeq").doesNotExist());
		mvc.perform(post("/admin/audit/verifikasi").with(user("admin").roles("ADMIN")).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden());
	}
}
