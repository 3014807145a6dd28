package org.satukota.pengaduan.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Small rows the complaint pages and services pass around. */
final class Records {

	private Records() {
	}

	/** A report's routing to one OPD, and who inside the OPD holds it now. */
	record Disposition(UUID complaintId, long opdId, String status, long assignedUnitId, String assignedUsername,
			Instant disposedAt, Instant acceptedAt, Instant answeredAt) {

		public boolean active() {
			return !"DIKEMBALIKAN".equals(status);
		}

		public boolean answered() {
			return "DIJAWAB".equals(status);
		}
	}

	/** One entry of the action log. */
	record Action(long id, UUID complaintId, Instant at, String actorUsername, String actorRole, Long actorUnitId,
			String action, String statusAfter, Long opdId, String publicText, String internalText, boolean isPublic) {
	}

	/** A photo or document attached to a report or to one of its actions. */
	record Attachment(UUID fileId, UUID complaintId, Long actionId, String originalName, String mediaType,
			Instant addedAt) {

		public boolean image() {
			return mediaType.startsWith("image/");
		}
	}

	/** A report with everything its page shows: its dispositions, attachments and action log. */
	record Dossier(Complaint complaint, List<Disposition> dispositions, List<Attachment> files, List<Action> actions) {
	}
}
