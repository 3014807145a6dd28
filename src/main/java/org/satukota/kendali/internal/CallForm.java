package org.satukota.kendali.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;

import org.satukota.kendali.internal.Records.IncidentType;

/**
 * The operator console's call form as submitted (field names are the form's Indonesian names). {@link #validate}
 * checks everything before anything is written and gives one message key per field.
 */
record CallForm(String nomor, String penelepon, String saluran, String klasifikasi, String terputus,
		String berdering, String dijawab, String duplikatDari, String catatan, String jenis, String prioritas,
		String kelurahan, String alamat, String lintang, String bujur, String uraian, String waktuKejadian) {

	static CallForm blank() {
		return new CallForm("", "", "PHONE", "", null, "", "", "", "", "", "MEDIUM", "", "", "", "", "", "");
	}

	/** Whether the "abandoned before answer" box was ticked. */
	public boolean abandoned() {
		return "true".equals(terputus) || "on".equals(terputus);
	}

	record Checked(Dispatching.NewCall call, Map<String, String> errors) {
	}

	Checked validate(Instant now, ZoneId zone, Function<String, Optional<IncidentType>> types,
			LongPredicate openIncident, LongPredicate kelurahanExists) {
		Map<String, String> errors = new LinkedHashMap<>();
		String number = trim(nomor);
		if (number != null && (!number.matches("[0-9+()\\-\\s]{3,20}"))) {
			errors.put("nomor", "kendali.error.nomor");
		}
		if (penelepon != null && penelepon.length() > 120) {
			errors.put("penelepon", "kendali.error.terlalu-panjang");
		}
		CallChannel channel = parse(CallChannel.class, saluran);
		if (channel == null) {
			errors.put("saluran", "kendali.error.saluran");
		}
		CallClassification classification = abandoned() ? null : parse(CallClassification.class, klasifikasi);
		if (!abandoned() && classification == null) {
			errors.put("klasifikasi", "kendali.error.klasifikasi");
		}
		long ring = 0;
		if (trim(berdering) != null) {
			try {
				ring = Long.parseLong(berdering.strip());
				if (ring < 0 || ring > 3600) {
					errors.put("berdering", "kendali.error.berdering");
				}
			}
			catch (NumberFormatException ex) {
				errors.put("berdering", "kendali.error.berdering");
			}
		}
		// The moment the operator picked up, stamped by the console's script; the server's clock otherwise.
		Instant answered = now;
		if (trim(dijawab) != null) {
			try {
				Instant stamped = Instant.ofEpochMilli(Long.parseLong(dijawab.strip()));
				if (!stamped.isAfter(now) && stamped.isAfter(now.minus(Duration.ofHours(2)))) {
					answered = stamped;
				}
			}
			catch (NumberFormatException ex) {
				// a broken stamp falls back to the server's clock
			}
		}
		Instant received = answered.minusSeconds(Math.max(0, ring));
		String notes = trim(catatan);
		if (notes != null && notes.length() > 2000) {
			errors.put("catatan", "kendali.error.terlalu-panjang");
		}

		Long duplicate = null;
		if (classification == CallClassification.DUPLICATE) {
			duplicate = parseLong(duplikatDari);
			if (duplicate == null || !openIncident.test(duplicate)) {
				errors.put("duplikatDari", "kendali.error.duplikat");
			}
		}
		Dispatching.NewIncident incident = null;
		if (classification == CallClassification.EMERGENCY) {
			incident = incident(now, zone, received, types, kelurahanExists, errors);
		}
		if (!errors.isEmpty()) {
			return new Checked(null, errors);
		}
		return new Checked(new Dispatching.NewCall(received, abandoned() ? null : answered, number, trim(penelepon),
				channel, classification, duplicate, notes, incident), errors);
	}

	private Dispatching.NewIncident incident(Instant now, ZoneId zone, Instant received,
			Function<String, Optional<IncidentType>> types, LongPredicate kelurahanExists, Map<String, String> errors) {
		IncidentType type = trim(jenis) == null ? null : types.apply(jenis.strip()).filter(IncidentType::active).orElse(null);
		if (type == null) {
			errors.put("jenis", "kendali.error.jenis");
		}
		Priority priority = parse(Priority.class, prioritas);
		if (priority == null) {
			errors.put("prioritas", "kendali.error.prioritas");
		}
		Long kel = null;
		if (trim(kelurahan) != null) {
			kel = parseLong(kelurahan);
			if (kel == null || !kelurahanExists.test(kel)) {
				errors.put("kelurahan", "kendali.error.kelurahan");
				kel = null;
			}
		}
		Double lat = parseDouble(lintang);
		Double lon = parseDouble(bujur);
		boolean pointGiven = trim(lintang) != null || trim(bujur) != null;
		if (pointGiven && (lat == null || lon == null || lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
			errors.put("lintang", "kendali.error.titik");
			lat = null;
			lon = null;
		}
		String address = trim(alamat);
		if (address != null && address.length() > 300) {
			errors.put("alamat", "kendali.error.terlalu-panjang");
		}
		if (!errors.containsKey("lintang") && !errors.containsKey("kelurahan") && lat == null && kel == null
				&& address == null) {
			errors.put("alamat", "kendali.error.lokasi");
		}
		String description = trim(uraian);
		if (description == null || description.length() < 3) {
			errors.put("uraian", "kendali.error.uraian");
		}
		else if (description.length() > 2000) {
			errors.put("uraian", "kendali.error.terlalu-panjang");
		}
		Instant reported = received;
		if (trim(waktuKejadian) != null) {
			try {
				reported = LocalDateTime.parse(waktuKejadian.strip()).atZone(zone).toInstant();
				if (reported.isAfter(now.plus(Duration.ofMinutes(5)))) {
					errors.put("waktuKejadian", "kendali.error.waktu-depan");
				}
			}
			catch (DateTimeParseException ex) {
				errors.put("waktuKejadian", "kendali.error.waktu");
			}
		}
		return new Dispatching.NewIncident(type, priority, lat, lon, kel, address, description, reported);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static Long parseLong(String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static Double parseDouble(String value) {
		try {
			if (value == null || value.isBlank()) {
				return null;
			}
			double d = Double.parseDouble(value.strip().replace(',', '.'));
			return Double.isFinite(d) ? d : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
