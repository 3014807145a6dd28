package org.satukota.informasi.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.satukota.shared.UpdateFrequency;

/** The staff form of a portal item, as typed; {@link #check} turns it into details or field errors. */
class ContentForm {

	static final int MAX_TITLE = 200;

	static final int MAX_SUMMARY = 500;

	static final int MAX_BODY = 50_000;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private String kind = ContentKind.BERITA.name();

	private Long unitId;

	private String title = "";

	private String summary = "";

	private String body = "";

	private String startsAt = "";

	private String endsAt = "";

	private String place = "";

	private String regulationNumber = "";

	private String externalUrl = "";

	private String frequency = UpdateFrequency.AS_NEEDED.name();

	/** The result of checking: details when {@code errors} is empty (field → message key). */
	record Checked(ContentKind kind, ContentDetails details, Map<String, String> errors) {
	}

	static ContentForm of(Content content, ZoneId zone) {
		ContentForm form = new ContentForm();
		ContentDetails d = content.details();
		form.kind = content.kind().name();
		form.unitId = content.unitId();
		form.title = d.title();
		form.summary = nz(d.summary());
		form.body = nz(d.body());
		form.startsAt = d.startsAt() == null ? "" : LOCAL.format(d.startsAt().atZone(zone));
		form.endsAt = d.endsAt() == null ? "" : LOCAL.format(d.endsAt().atZone(zone));
		form.place = nz(d.place());
		form.regulationNumber = nz(d.regulationNumber());
		form.externalUrl = nz(d.externalUrl());
		form.frequency = d.updateFrequency().name();
		return form;
	}

	Checked check(ZoneId zone) {
		Map<String, String> errors = new LinkedHashMap<>();
		ContentKind parsedKind = null;
		try {
			parsedKind = ContentKind.valueOf(nz(kind));
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", "informasi.form.kind.required");
		}
		if (unitId == null) {
			errors.put("unitId", "informasi.form.unit.required");
		}
		String t = nz(title).strip();
		if (t.isEmpty()) {
			errors.put("title", "informasi.form.title.required");
		}
		else if (t.length() > MAX_TITLE) {
			errors.put("title", "informasi.form.title.too-long");
		}
		if (nz(summary).strip().length() > MAX_SUMMARY) {
			errors.put("summary", "informasi.form.summary.too-long");
		}
		if (nz(body).length() > MAX_BODY) {
			errors.put("body", "informasi.form.body.too-long");
		}
		Instant starts = parse(startsAt, zone, "startsAt", errors);
		Instant ends = parse(endsAt, zone, "endsAt", errors);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			errors.put("endsAt", "informasi.form.ends.before-starts");
		}
		String url = nz(externalUrl).strip();
		if (!url.isEmpty() && !isWebAddress(url)) {
			errors.put("externalUrl", "informasi.form.url.invalid");
		}
		UpdateFrequency parsedFrequency = UpdateFrequency.AS_NEEDED;
		try {
			parsedFrequency = UpdateFrequency.valueOf(nz(frequency));
		}
		catch (IllegalArgumentException ex) {
			errors.put("frequency", "informasi.form.frequency.invalid");
		}
		if (!errors.isEmpty()) {
			return new Checked(parsedKind, null, errors);
		}
		ContentDetails details = new ContentDetails(t, blankToNull(summary), blankToNull(body), starts, ends,
				blankToNull(place), blankToNull(regulationNumber), blankToNull(url), parsedFrequency, null, null);
		return new Checked(parsedKind, details, errors);
	}

	static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static Instant parse(String value, ZoneId zone, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip(), LOCAL).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "informasi.form.datetime.invalid");
			return null;
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt;
	}

	public String getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getRegulationNumber() {
		return regulationNumber;
	}

	public void setRegulationNumber(String regulationNumber) {
		this.regulationNumber = regulationNumber;
	}

	public String getExternalUrl() {
		return externalUrl;
	}

	public void setExternalUrl(String externalUrl) {
		this.externalUrl = externalUrl;
	}

	public String getFrequency() {
		return frequency;
	}

	public void setFrequency(String frequency) {
		this.frequency = frequency;
	}
}
