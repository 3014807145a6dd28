package org.satukota.pengaduan.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk-loads past complaints for {@link LifecycleBenchmark} in a few big INSERT … SELECT statements: about three
 * years of reports spread over the categories (the common ones more often), the kelurahan and a point around the
 * city, by 50,000 citizens and some guests, in the states such a history has — most closed (answered and rated or
 * closed by silence, some not competent, duplicates, archived), the last weeks still open at every stage, and an
 * old overdue backlog already escalated — each with its disposition and its action log, so queues, duplicate
 * search, the routing classifier's training query and the lists see realistic tables. Deadlines of open reports lie
 * ahead (or were already escalated to the last level), so the deadline scan has nothing to do during the run.
 */
final class Preload {

	/** What was loaded. */
	record Counts(long complaints, long dispositions, long actions, long citizens) {

		@Override
		public String toString() {
			return String.format("%,d complaints, %,d dispositions, %,d action-log rows, %,d citizens", complaints,
					dispositions, actions, citizens);
		}
	}

	private final JdbcClient jdbc;

	private final List<LifecycleBenchmark.Route> routes;

	private final List<Long> kelurahans;

	Preload(JdbcClient jdbc, List<LifecycleBenchmark.Route> routes, List<Long> kelurahans) {
		this.jdbc = jdbc;
		this.routes = routes;
		this.kelurahans = kelurahans;
	}

	Counts load(int complaints) {
		if (complaints <= 0) {
			return new Counts(0, 0, 0, 0);
		}
		int citizens = Math.max(100, Math.min(50_000, complaints / 20));
		String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = 'warga-bench-0'").query(String.class)
			.single();
		long firstCitizen = jdbc.sql("""
				INSERT INTO account (kind, username, nik, full_name, email, password_hash, enabled, failed_attempts,
				  created_at, updated_at)
				SELECT 'CITIZEN', 'warga-muat-' || g, '3172' || lpad(g::text, 12, '0'), 'Warga Muat ' || g,
				  'muat-' || g || '@warga.test', :hash, TRUE, 0, now(), now()
				FROM generate_series(1, :n) g
				RETURNING id""")
			.param("hash", hash)
			.param("n", citizens)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.min()
			.orElseThrow();

		String codes = array(routes.stream().map(r -> "'" + r.categoryCode() + "'"));
		String names = array(routes.stream().map(r -> "'" + r.categoryName().replace("'", "''") + "'"));
		String keywords = array(routes.stream().map(r -> "'" + r.keywords().replace("'", "''") + "'"));
		String opds = array(routes.stream().map(r -> Long.toString(r.opdId())));
		String kels = array(kelurahans.stream().map(String::valueOf));
		long loaded = jdbc.sql("""
				WITH base AS (
				  SELECT g, nextval('pengaduan_nomor_seq') AS seq, random() AS r_age, random() AS r_state,
				    random() AS r_cat, random() AS r_misc, random() AS r_lat, random() AS r_lon
				  FROM generate_series(1, :n) g
				), aged AS (
				  SELECT *, r_age * 1095.0 AS age, 1 + floor(power(r_cat, 1.6) * cardinality(%1$s))::int AS c
				  FROM base
				), stated AS (
				  SELECT *, CASE
				      WHEN age < 1.5 THEN 'DITERIMA'
				      WHEN age < 4 THEN CASE WHEN r_state < 0.5 THEN 'DIDISPOSISI' ELSE 'DITINDAKLANJUTI' END
				      WHEN age < 9 THEN CASE WHEN r_state < 0.05 THEN 'DITUNDA' ELSE 'DITINDAKLANJUTI' END
				      WHEN age < 20 THEN CASE WHEN r_state < 0.85 THEN 'MENUNGGU_TANGGAPAN' ELSE 'DITINDAKLANJUTI' END
				      WHEN r_state < 0.80 THEN 'SELESAI'
				      WHEN r_state < 0.86 THEN 'BUKAN_WEWENANG'
				      WHEN r_state < 0.90 THEN 'DUPLIKAT'
				      WHEN r_state < 0.93 THEN 'ARSIP'
				      WHEN r_state < 0.94 THEN 'DITINDAKLANJUTI'
				      ELSE 'SELESAI' END AS status,
				    now() - age * interval '1 day' AS submitted
				  FROM aged
				), timed AS (
				  SELECT *,
				    CASE WHEN status IN ('DIDISPOSISI', 'DITINDAKLANJUTI', 'MENUNGGU_TANGGAPAN', 'SELESAI')
				      THEN CASE WHEN age < 20 THEN greatest(submitted + interval '12 hours', now() - interval '2 days')
				        ELSE submitted + interval '1 day' END END AS disposed,
				    CASE WHEN status IN ('MENUNGGU_TANGGAPAN', 'SELESAI')
				      THEN CASE WHEN age < 20 THEN now() - age * 0.4 * interval '1 day'
				        ELSE submitted + (2 + r_misc * 6) * interval '1 day' END END AS answered
				  FROM stated
				)
				INSERT INTO pengaduan (id, tracking_number, channel, idempotency_key, kind, category_code, category_name,
				  title, description, latitude, longitude, kelurahan_id, address, anonim, rahasia, reporter_account_id,
				  reporter_name, reporter_email, status, stage_seq, escalation_level, sla_started_at, sla_paused_at,
				  sla_pause_reason, budget_working_days, deadline_at, due_at, status_note, question, submitted_at,
				  updated_at, disposed_at, first_response_at, answered_at, answered_on_time, closed_at, rating,
				  support_count)
				SELECT gen_random_uuid(),
				  'ADU-' || extract(year FROM submitted)::int || '-' || lpad(seq::text, greatest(6, length(seq::text)), '0'),
				  CASE WHEN r_misc < 0.9 THEN 'web' ELSE 'open311' END, 'muat-' || g,
				  CASE WHEN r_lat < 0.85 THEN 'PENGADUAN' WHEN r_lat < 0.95 THEN 'ASPIRASI' ELSE 'PERMINTAAN_INFORMASI' END,
				  (%1$s)[c], (%2$s)[c],
				  initcap(split_part((%3$s)[c], ',', 1)) || ' ' || (ARRAY['depan pasar', 'dekat sekolah', 'di gang masjid',
				    'samping puskesmas', 'ujung jalan', 'dekat jembatan'])[1 + g %% 6] || ' RT ' || (1 + g %% 12),
				  'Sudah ' || (2 + g %% 20) || ' hari ' || lower((%2$s)[c]) || ' di lingkungan kami. Warga sekitar '
				    || 'terganggu, mohon segera ditindaklanjuti oleh petugas. Kata kunci: ' || (%3$s)[c] || '.',
				  CASE WHEN r_misc < 0.8 THEN -8.65 + (r_lat - 0.5) * 0.1 END,
				  CASE WHEN r_misc < 0.8 THEN 115.22 + (r_lon - 0.5) * 0.1 END,
				  (%5$s)[1 + (g %% cardinality(%5$s))], 'Jl. Contoh No. ' || (1 + g %% 200),
				  r_lon < 0.1, r_lon > 0.97,
				  CASE WHEN r_cat * 7 - floor(r_cat * 7) < 0.85 THEN :firstCitizen + (g %% :citizens) END,
				  'Warga ' || g, CASE WHEN r_cat * 7 - floor(r_cat * 7) >= 0.85 THEN 'tamu-' || g || '@contoh.test' END,
				  status,
				  CASE status WHEN 'DITERIMA' THEN 0 WHEN 'DITUNDA' THEN 0 WHEN 'DIDISPOSISI' THEN 1
				    WHEN 'DITINDAKLANJUTI' THEN 1 WHEN 'MENUNGGU_TANGGAPAN' THEN 2 ELSE 3 END,
				  CASE WHEN status = 'DITINDAKLANJUTI' AND age >= 9 THEN 2 ELSE 0 END,
				  coalesce(answered, disposed, submitted),
				  CASE WHEN status = 'DITUNDA' THEN submitted + interval '1 day' END,
				  CASE WHEN status = 'DITUNDA' THEN 'ditunda' END,
				  CASE WHEN status IN ('DITERIMA', 'DITUNDA') THEN 3 WHEN status = 'MENUNGGU_TANGGAPAN' THEN 10 ELSE 5 END,
				  CASE WHEN status = 'DITERIMA' THEN submitted + interval '4 days'
				    WHEN status IN ('DIDISPOSISI', 'DITINDAKLANJUTI') THEN disposed + interval '7 days'
				    WHEN status = 'MENUNGGU_TANGGAPAN' THEN answered + interval '14 days' END,
				  CASE WHEN status = 'DITINDAKLANJUTI' AND age >= 9 THEN NULL
				    WHEN status = 'DITERIMA' THEN submitted + interval '4 days'
				    WHEN status IN ('DIDISPOSISI', 'DITINDAKLANJUTI') THEN disposed + interval '7 days'
				    WHEN status = 'MENUNGGU_TANGGAPAN' THEN answered + interval '14 days' END,
				  CASE WHEN answered IS NOT NULL THEN 'Sudah ditangani petugas di lokasi.'
				    WHEN status = 'BUKAN_WEWENANG' THEN 'Dirujuk ke instansi yang berwenang.'
				    WHEN status = 'ARSIP' THEN 'Tidak dapat ditindaklanjuti.' END,
				  CASE WHEN status = 'DITUNDA' THEN 'Mohon lengkapi lokasi tepatnya.' END,
				  submitted,
				  CASE WHEN status IN ('SELESAI', 'BUKAN_WEWENANG', 'DUPLIKAT', 'ARSIP')
				      THEN coalesce(answered, submitted + interval '1 day') + interval '3 days'
				    ELSE coalesce(answered, disposed, submitted) END,
				  disposed,
				  CASE WHEN status IN ('DITINDAKLANJUTI', 'MENUNGGU_TANGGAPAN', 'SELESAI') THEN disposed + interval '6 hours' END,
				  answered, CASE WHEN answered IS NOT NULL THEN r_misc < 0.8 END,
				  CASE WHEN status IN ('SELESAI', 'BUKAN_WEWENANG', 'DUPLIKAT', 'ARSIP')
				    THEN coalesce(answered, submitted + interval '1 day') + interval '3 days' END,
				  CASE WHEN status = 'SELESAI' AND r_age * 13 - floor(r_age * 13) < 0.6 THEN 1 + floor(power(r_lon, 0.5) * 4.99)::int END,
				  floor(power(r_lat, 8) * 20)::int
				FROM timed""".formatted(codes, names, keywords, opds, kels))
			.param("n", complaints)
			.param("firstCitizen", firstCitizen)
			.param("citizens", citizens)
			.update();
		// Dispositions: to the category's OPD (one in ten to another OPD, as coordinators re-route).
		long dispositions = jdbc.sql("""
				INSERT INTO pengaduan_disposisi (complaint_id, opd_id, status, assigned_unit_id, disposed_at, accepted_at,
				  answered_at, routed_by)
				SELECT p.id, o.opd, CASE p.status WHEN 'DIDISPOSISI' THEN 'DIDISPOSISI' WHEN 'DITINDAKLANJUTI' THEN 'DITERIMA'
				    ELSE 'DIJAWAB' END, o.opd, p.disposed_at, p.first_response_at, p.answered_at, 'koordinator'
				FROM pengaduan p
				CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext(p.tracking_number)) %% 10 = 0
				    THEN (%2$s)[1 + abs(hashtext(p.title || p.tracking_number)) %% cardinality(%2$s)]
				    ELSE (%2$s)[array_position(%1$s, p.category_code)] END AS opd) o
				WHERE p.idempotency_key LIKE 'muat-%%' AND p.disposed_at IS NOT NULL""".formatted(codes, opds))
			.update();
		long actions = 0;
		actions += log("'pengaduan.submitted', 'DITERIMA', NULL::bigint, 'diterima', p.submitted_at, "
				+ "coalesce('warga-' || p.reporter_account_id, p.channel), NULL", "TRUE");
		actions += log("'pengaduan.disposed', 'DIDISPOSISI', NULL, 'disposisi', p.disposed_at, 'koordinator', "
				+ "'ADMIN_PENGADUAN'", "p.disposed_at IS NOT NULL");
		actions += log("'pengaduan.accepted', 'DITINDAKLANJUTI', d.opd_id, 'diterima-opd', p.first_response_at, "
				+ "'penghubung', 'ADMIN_PENGHUBUNG_OPD'", "p.first_response_at IS NOT NULL");
		actions += log("'pengaduan.answered', 'MENUNGGU_TANGGAPAN', d.opd_id, p.status_note, p.answered_at, "
				+ "'penghubung', 'ADMIN_PENGHUBUNG_OPD'", "p.answered_at IS NOT NULL");
		actions += log("'pengaduan.rated', 'SELESAI', NULL, 'nilai:' || p.rating, p.closed_at, "
				+ "coalesce('warga-' || p.reporter_account_id, p.channel), NULL", "p.rating IS NOT NULL");
		actions += log("'pengaduan.closed', p.status, NULL, CASE p.status WHEN 'SELESAI' THEN 'selesai' "
				+ "WHEN 'BUKAN_WEWENANG' THEN 'bukan-wewenang' WHEN 'DUPLIKAT' THEN 'duplikat' ELSE 'arsip' END, "
				+ "p.closed_at, CASE WHEN p.rating IS NULL AND p.status = 'SELESAI' THEN 'system' ELSE 'koordinator' END, "
				+ "NULL", "p.closed_at IS NOT NULL");
		jdbc.sql("ANALYZE").update();
		return new Counts(loaded, dispositions, actions, citizens);
	}

	/** One action-log row per loaded report that reached the step, in one statement. */
	private long log(String values, String condition) {
		return jdbc.sql("""
				INSERT INTO pengaduan_aksi (complaint_id, action, status_after, opd_id, public_text, at, actor_username,
				  actor_role, is_public)
				SELECT p.id, %s, TRUE
				FROM pengaduan p LEFT JOIN pengaduan_disposisi d ON d.complaint_id = p.id
				WHERE p.idempotency_key LIKE 'muat-%%' AND %s""".formatted(values, condition))
			.update();
	}

	private static String array(java.util.stream.Stream<String> items) {
		return "ARRAY[" + items.collect(Collectors.joining(", ")) + "]";
	}
}
