package org.satukota.pengaduan.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.pengaduan.ComplaintReceipt;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.pengaduan.Complaints;
import org.satukota.pengaduan.PublicComplaint;
import org.satukota.pengaduan.PublicComplaintPage;
import org.satukota.pengaduan.PublicComplaintQuery;
import org.satukota.pengaduan.PublicComplaintUpdate;
import org.satukota.pengaduan.internal.Records.Attachment;
import org.satukota.pengaduan.internal.Records.Disposition;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the public may see, for the public pages, the map and other modules. Every query here excludes rahasia
 * reports in SQL, and nothing here carries a reporter beyond the first name of a non-anonim reporter.
 */
@Service
class PublicReports implements Complaints {

	static final int MAX_PAGE_SIZE = 1000;

	private final JdbcClient jdbc;

	private final ComplaintRepository repository;

	private final Intake intake;

	private final Units units;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	PublicReports(JdbcClient jdbc, ComplaintRepository repository, Intake intake, Units units,
			WorkingCalendar calendar, MessageSource messages) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.intake = intake;
		this.units = units;
		this.calendar = calendar;
		this.messages = messages;
	}

	@Override
	public ComplaintReceipt submit(ComplaintSubmission submission) {
		return intake.submit(submission);
	}

	@Override
	public Optional<PublicComplaint> findPublic(String trackingNumber) {
		return repository.findByNumber(trackingNumber).filter(c -> !c.rahasia).map(c -> toPublic(List.of(c)).get(0));
	}

	@Override
	public PublicComplaintPage searchPublic(PublicComplaintQuery query) {
		StringBuilder where = new StringBuilder(" FROM pengaduan p WHERE NOT p.rahasia");
		Map<String, Object> params = new HashMap<>();
		if (query.trackingNumbers() != null && !query.trackingNumbers().isEmpty()) {
			where.append(" AND p.tracking_number IN (:numbers)");
			params.put("numbers", query.trackingNumbers().stream().map(n -> n.strip().toUpperCase(Locale.ROOT)).toList());
		}
		else {
			if (query.open() != null) {
				where.append(query.open() ? " AND p.closed_at IS NULL" : " AND p.closed_at IS NOT NULL");
			}
			range(where, params, "p.submitted_at", query.submittedFrom(), query.submittedUntil(), true);
			range(where, params, "p.updated_at", query.updatedAfter(), query.updatedBefore(), false);
			filters(where, params, query.categoryCode(), query.kelurahanId(), query.opdId(), null);
		}
		int size = Math.max(1, Math.min(query.pageSize() <= 0 ? 20 : query.pageSize(), MAX_PAGE_SIZE));
		int page = Math.max(1, query.page());
		long total = jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
		return new PublicComplaintPage(toPublic(newestFirst(where, params, (long) (page - 1) * size, size)), total);
	}

	/** One page of the public list, and whether another follows. */
	record ListPage(List<PublicComplaint> items, boolean more) {
	}

	/**
	 * The public list, newest change first. It says only whether another page follows, not how many reports match:
	 * counting them meant reading every matching report (0.3–0.6 s at a million complaints) on every view of a page
	 * anyone may open.
	 */
	ListPage list(String categoryCode, Long kelurahanId, Long opdId, String status, int page, int size) {
		Optional<Filter> filter = publicFilter(" FROM pengaduan p WHERE NOT p.rahasia", categoryCode, kelurahanId,
				opdId, status);
		if (filter.isEmpty()) {
			return new ListPage(List.of(), false);
		}
		// One row more than the page shows tells whether another page follows.
		List<Complaint> rows = newestFirst(filter.get().where(), filter.get().params(),
				(long) (Math.max(1, page) - 1) * size, size + 1);
		boolean more = rows.size() > size;
		return new ListPage(toPublic(more ? rows.subList(0, size) : rows), more);
	}

	/** A public query's condition and its parameters. */
	private record Filter(StringBuilder where, Map<String, Object> params) {
	}

	/**
	 * The list's and the map's filters after {@code base}; empty when the status is not a known one (the status
	 * filter is a choice among them, so an unknown one matches nothing).
	 */
	private static Optional<Filter> publicFilter(String base, String categoryCode, Long kelurahanId, Long opdId,
			String status) {
		if (status != null && Arrays.stream(Status.values()).noneMatch(known -> known.name().equals(status))) {
			return Optional.empty();
		}
		Filter filter = new Filter(new StringBuilder(base), new HashMap<>());
		filters(filter.where(), filter.params(), categoryCode, kelurahanId, opdId, status);
		return Optional.of(filter);
	}

	private static void filters(StringBuilder where, Map<String, Object> params, String categoryCode,
			Long kelurahanId, Long opdId, String status) {
		if (status != null) {
			where.append(" AND p.status = :status");
			params.put("status", status);
		}
		if (categoryCode != null) {
			where.append(" AND p.category_code = :category");
			params.put("category", categoryCode);
		}
		if (kelurahanId != null) {
			where.append(" AND p.kelurahan_id = :kelurahan");
			params.put("kelurahan", kelurahanId);
		}
		if (opdId != null) {
			where.append(" AND EXISTS (SELECT 1 FROM pengaduan_disposisi d WHERE d.complaint_id = p.id "
					+ "AND d.opd_id = :opd AND d.status <> 'DIKEMBALIKAN')");
			params.put("opd", opdId);
		}
	}

	private List<Complaint> newestFirst(CharSequence where, Map<String, Object> params, long offset, int limit) {
		return jdbc.sql("SELECT " + prefixed() + where + " ORDER BY p.updated_at DESC, p.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query(repository::map)
			.list();
	}

	/** One point on the public map. */
	record MapPoint(String trackingNumber, String title, String categoryName, String status, double lat, double lon) {
	}

	/**
	 * The newest {@value #MAX_PAGE_SIZE} reports with a point, with only what a marker shows: the map is loaded with
	 * every view of the list, so it reads neither whole reports nor their dispositions and photos.
	 */
	List<MapPoint> points(String categoryCode, Long kelurahanId, Long opdId, String status) {
		return publicFilter(" FROM pengaduan p WHERE NOT p.rahasia AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL",
				categoryCode, kelurahanId, opdId, status)
			.map(filter -> jdbc
				.sql("SELECT p.tracking_number, p.title, p.category_name, p.status, p.latitude, p.longitude"
						+ filter.where() + " ORDER BY p.updated_at DESC, p.id LIMIT " + MAX_PAGE_SIZE)
				.params(filter.params())
				.query((rs, i) -> new MapPoint(rs.getString("tracking_number"), rs.getString("title"),
						rs.getString("category_name"), rs.getString("status"), rs.getDouble("latitude"),
						rs.getDouble("longitude")))
				.list())
			.orElse(List.of());
	}

	@Override
	public List<PublicComplaintUpdate> publicUpdates(Instant after, Instant before, int limit) {
		StringBuilder sql = new StringBuilder("""
				SELECT a.*, p.tracking_number AS number,
				  (SELECT b.file_id FROM pengaduan_berkas b WHERE b.action_id = a.id AND b.media_type LIKE 'image/%'
				   ORDER BY b.file_id LIMIT 1) AS photo
				FROM pengaduan_aksi a JOIN pengaduan p ON p.id = a.complaint_id
				WHERE a.is_public AND NOT p.rahasia""");
		Map<String, Object> params = new HashMap<>();
		if (after != null) {
			sql.append(" AND a.at > :after");
			params.put("after", ComplaintRepository.ts(after));
		}
		if (before != null) {
			sql.append(" AND a.at <= :before");
			params.put("before", ComplaintRepository.ts(before));
		}
		sql.append(" ORDER BY a.at, a.id LIMIT :limit");
		params.put("limit", Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
		return jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
			Records.Action a = ComplaintRepository.mapAction(rs, i);
			Status status = Status.valueOf(a.statusAfter());
			UUID photo = rs.getObject("photo", UUID.class);
			String number = rs.getString("number");
			return new PublicComplaintUpdate(a.id(), number, status.name(), status.open(), a.at(),
					timelineText(a, Locale.forLanguageTag("id")),
					photo == null ? null : "/pengaduan/" + number + "/berkas/" + photo);
		}).list();
	}

	/** The public wording of a log entry (the codes stored for system steps, the OPD's own text otherwise). */
	String timelineText(Records.Action a, Locale locale) {
		String text = a.publicText();
		if (text == null) {
			return null;
		}
		if ("pengaduan.progress".equals(a.action()) || "pengaduan.answered".equals(a.action())) {
			return text;
		}
		int colon = text.indexOf(':');
		String key = colon < 0 ? text : text.substring(0, colon);
		String arg = colon < 0 ? "" : text.substring(colon + 1);
		return messages.getMessage("pengaduan.timeline." + key, new Object[] { arg }, text, locale);
	}

	List<PublicComplaint> toPublic(List<Complaint> complaints) {
		if (complaints.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = complaints.stream().map(c -> c.id).toList();
		Map<UUID, List<Disposition>> dispositions = new HashMap<>();
		jdbc.sql("SELECT * FROM pengaduan_disposisi WHERE complaint_id IN (:ids) ORDER BY disposed_at, opd_id")
			.param("ids", ids)
			.query(ComplaintRepository::mapDisposition)
			.list()
			.forEach(d -> dispositions.computeIfAbsent(d.complaintId(), k -> new ArrayList<>()).add(d));
		Map<UUID, List<Attachment>> photos = new HashMap<>();
		jdbc.sql("SELECT * FROM pengaduan_berkas WHERE complaint_id IN (:ids) AND media_type LIKE 'image/%' "
				+ "ORDER BY added_at, file_id")
			.param("ids", ids)
			.query((rs, i) -> new Attachment(rs.getObject("file_id", UUID.class),
					rs.getObject("complaint_id", UUID.class), (Long) rs.getObject("action_id"),
					rs.getString("original_name"), rs.getString("media_type"), ComplaintRepository.instant(rs, "added_at")))
			.list()
			.forEach(a -> photos.computeIfAbsent(a.complaintId(), k -> new ArrayList<>()).add(a));
		Map<UUID, String> duplicateNumbers = new HashMap<>();
		List<UUID> originals = complaints.stream().map(c -> c.duplicateOf).filter(java.util.Objects::nonNull).toList();
		if (!originals.isEmpty()) {
			jdbc.sql("SELECT id, tracking_number FROM pengaduan WHERE id IN (:ids)")
				.param("ids", originals)
				.query((rs, i) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("tracking_number")))
				.list()
				.forEach(e -> duplicateNumbers.put(e.getKey(), e.getValue()));
		}
		WorkingCalendar cal = calendar.snapshot();
		List<PublicComplaint> result = new ArrayList<>();
		for (Complaint c : complaints) {
			List<String> opdNames = dispositions.getOrDefault(c.id, List.of())
				.stream()
				.filter(Disposition::active)
				.map(d -> units.find(d.opdId()).map(UnitView::name).orElse(""))
				.toList();
			List<String> media = photos.getOrDefault(c.id, List.of())
				.stream()
				.map(a -> "/pengaduan/" + c.trackingNumber + "/berkas/" + a.fileId())
				.toList();
			result.add(new PublicComplaint(c.trackingNumber, c.kind, c.categoryCode, c.categoryName, c.title,
					c.description, c.status.name(), c.status.open(), publicNote(c), opdNames, c.submittedAt,
					c.updatedAt, c.deadline(cal), c.kelurahanId, c.address, c.latitude, c.longitude, media,
					c.anonim ? null : firstName(c.reporterName), c.duplicateOf == null ? null
							: duplicateNumbers.get(c.duplicateOf)));
		}
		return result;
	}

	/** Archive reasons are internal (they may name abuse); every other closing note is public. */
	private static String publicNote(Complaint c) {
		return c.status == Status.ARSIP ? null : c.statusNote;
	}

	static String firstName(String fullName) {
		if (fullName == null || fullName.isBlank()) {
			return null;
		}
		return fullName.strip().split("\\s+")[0];
	}

	private static String prefixed() {
		StringBuilder columns = new StringBuilder();
		for (String column : ComplaintRepository.COLUMNS.split(",\\s*")) {
			if (columns.length() > 0) {
				columns.append(", ");
			}
			columns.append("p.").append(column.strip());
		}
		return columns.toString();
	}

	private static void range(StringBuilder where, Map<String, Object> params, String column, Instant from,
			Instant until, boolean inclusiveFrom) {
		if (from != null) {
			String name = "from" + params.size();
			where.append(" AND ").append(column).append(inclusiveFrom ? " >= :" : " > :").append(name);
			params.put(name, ComplaintRepository.ts(from));
		}
		if (until != null) {
			String name = "until" + params.size();
			where.append(" AND ").append(column).append(inclusiveFrom ? " < :" : " <= :").append(name);
			params.put(name, ComplaintRepository.ts(until));
		}
	}
}
