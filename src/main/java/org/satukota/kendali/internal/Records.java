package org.satukota.kendali.internal;

import java.time.Instant;
import java.util.List;

/** The module's stored records as its pages and services read them. */
final class Records {

	private Records() {
	}

	record IncidentType(long id, String code, int version, String parentCode, String name,
			Integer responseTargetSeconds, List<String> defaultAgencies, int sortOrder, boolean active) {

		public boolean topLevel() {
			return parentCode == null;
		}
	}

	record Incident(long id, String number, long typeId, String typeCode, String typeName, Priority priority,
			Double latitude, Double longitude, Long kelurahanId, String address, String description,
			Instant reportedAt, Instant receivedAt, Instant recordedAt, String recordedBy, IncidentStatus status,
			Disposition disposition, Instant closedAt, Integer responseTargetSeconds) {

		public boolean hasPoint() {
			return latitude != null && longitude != null;
		}
	}

	record Call(long id, Instant receivedAt, Instant answeredAt, String callerNumber, String callerName,
			CallChannel channel, CallClassification classification, Long incidentId, String callTaker, String notes,
			Instant recordedAt) {
	}

	record IncidentEvent(long id, long incidentId, String kind, Long agencyId, Instant occurredAt, Instant recordedAt,
			String recordedBy, String reason, String detail) {
	}

	record FieldUnit(long id, long agencyId, String callSign, String name, FieldUnitKind kind, boolean active) {
	}

	record Cctv(long id, String name, double latitude, double longitude, String location, String streamUrl,
			Long agencyId, boolean active) {
	}

	record FeedEntry(long id, String action, String recordType, String recordId, Instant occurredAt, String detail) {
	}
}
