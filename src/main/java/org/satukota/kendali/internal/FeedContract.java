package org.satukota.kendali.internal;

import java.util.Set;

/**
 * Which audited decisions the city-wide feed shows: a contract by action name with the other modules, so the
 * feed needs none of their types. Only the action, the record's type and id are kept for other modules' events
 * (never their content), so nothing confidential reaches the wall.
 */
public final class FeedContract {

	static final Set<String> ACTIONS = Set.of("permohonan.submitted", "permohonan.overdue", "pengaduan.submitted",
			"pengaduan.overdue", "pengaduan.escalated", "peringatan.published", "peringatan.external-received",
			"dataset.stale", "informasi.page-stale");

	private FeedContract() {
	}

	/** Whether the feed keeps decisions with this action (also the condition of the feed's listener). */
	public static boolean accepts(String action) {
		return action != null && (action.startsWith("kendali.") || ACTIONS.contains(action));
	}

	/** The staff page of a record, or {@code null} when the feed has no page to link to. */
	static String link(String recordType, String recordId) {
		if (recordId == null || !recordId.matches("[A-Za-z0-9._-]{1,80}")) {
			return null;
		}
		return switch (recordType) {
			case "kendali-kejadian" -> "/staf/kendali/kejadian/" + recordId;
			case "kendali-panggilan" -> "/staf/kendali";
			case "kendali-armada" -> "/staf/kendali/armada";
			case "kendali-jenis" -> "/admin/kendali/jenis";
			case "kendali-cctv" -> "/admin/kendali/cctv";
			case "permohonan" -> "/staf/permohonan/" + recordId;
			case "pengaduan" -> "/staf/pengaduan/" + recordId;
			case "dataset" -> "/data/" + recordId;
			case "informasi-halaman" -> "/staf/konten/" + recordId;
			case "peringatan" -> "/staf/peringatan/" + recordId;
			default -> null;
		};
	}
}
