package org.satukota.audit;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Filters for {@link AuditTrail#search(AuditQuery)}; every {@code null} or blank filter is ignored.
 * @param actor exact username of the actor
 * @param actionPrefix start of the action name, e.g. {@code directory.} or {@code directory.unit-retired}
 * @param recordType exact record type, e.g. {@code unit}
 * @param recordId exact record identifier
 * @param from first day (inclusive) of {@code occurredAt}, as a calendar date in {@code zone}
 * @param to last day (inclusive) of {@code occurredAt}, as a calendar date in {@code zone}
 * @param zone the zone the dates are meant in (the city's zone or UTC); {@code null} means UTC
 * @param page zero-based page number
 * @param size page size, 1–200
 */
public record AuditQuery(String actor, String actionPrefix, String recordType, String recordId, LocalDate from,
		LocalDate to, ZoneId zone, int page, int size) {

	public static final int DEFAULT_SIZE = 25;

	public AuditQuery {
		actor = blankToNull(actor);
		actionPrefix = blankToNull(actionPrefix);
		recordType = blankToNull(recordType);
		recordId = blankToNull(recordId);
		zone = zone == null ? ZoneId.of("UTC") : zone;
		page = Math.max(page, 0);
		size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 200);
	}

	/** Everything, first page. */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
	}

	public AuditQuery withActor(String actor) {
		return new AuditQuery(actor, actionPrefix, recordType, recordId, from, to, zone, page, size);
	}

	public AuditQuery withActionPrefix(String actionPrefix) {
		return new AuditQuery(actor, actionPrefix, recordType, recordId, from, to, zone, page, size);
	}

	public AuditQuery withRecord(String recordType, String recordId) {
		return new AuditQuery(actor, actionPrefix, recordType, recordId, from, to, zone, page, size);
	}

	public AuditQuery withPeriod(LocalDate from, LocalDate to, ZoneId zone) {
		return new AuditQuery(actor, actionPrefix, recordType, recordId, from, to, zone, page, size);
	}

	public AuditQuery withPage(int page, int size) {
		return new AuditQuery(actor, actionPrefix, recordType, recordId, from, to, zone, page, size);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
