package org.satukota.peringatan.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** What staff type into the warning form (times as {@code datetime-local} values in the city's zone). */
class WarningForm {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

	private String event = "";

	private List<String> categories = new ArrayList<>();

	private String urgency = "";

	private String severity = "";

	private String certainty = "";

	private String headline = "";

	private String description = "";

	private String instruction = "";

	private List<Long> kelurahan = new ArrayList<>();

	private String areaDesc = "";

	private String polygons = "";

	private String circles = "";

	private String effective = "";

	private String onset = "";

	private String expires = "";

	/** The form filled with a published message, as the starting point of its update. */
	static WarningForm of(StoredAlert alert, List<Long> kelurahanIds, ZoneId zone) {
		WarningForm form = new WarningForm();
		form.event = alert.event();
		form.categories = new ArrayList<>(alert.categories());
		form.urgency = alert.urgency();
		form.severity = alert.severity();
		form.certainty = alert.certainty();
		form.headline = alert.headline();
		form.description = alert.description();
		form.instruction = alert.instruction() == null ? "" : alert.instruction();
		form.kelurahan = new ArrayList<>(kelurahanIds);
		for (Cap.Area area : alert.areas()) {
			if (area.geocodes().isEmpty()) {
				form.areaDesc = area.description();
				form.polygons = String.join("\n", area.polygons());
				form.circles = String.join("\n", area.circles());
			}
		}
		form.effective = local(alert.effective(), zone);
		form.onset = local(alert.onset(), zone);
		form.expires = local(alert.expires(), zone);
		return form;
	}

	static String local(Instant instant, ZoneId zone) {
		return instant == null ? "" : LOCAL.format(instant.atZone(zone).truncatedTo(ChronoUnit.MINUTES));
	}

	static LocalDateTime parseLocal(String text) {
		return LocalDateTime.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
	}

	public String getEvent() {
		return event;
	}

	public void setEvent(String event) {
		this.event = event;
	}

	public List<String> getCategories() {
		return categories;
	}

	public void setCategories(List<String> categories) {
		this.categories = categories == null ? new ArrayList<>() : categories;
	}

	public String getUrgency() {
		return urgency;
	}

	public void setUrgency(String urgency) {
		this.urgency = urgency;
	}

	public String getSeverity() {
		return severity;
	}

	public void setSeverity(String severity) {
		this.severity = severity;
	}

	public String getCertainty() {
		return certainty;
	}

	public void setCertainty(String certainty) {
		this.certainty = certainty;
	}

	public String getHeadline() {
		return headline;
	}

	public void setHeadline(String headline) {
		this.headline = headline;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getInstruction() {
		return instruction;
	}

	public void setInstruction(String instruction) {
		this.instruction = instruction;
	}

	public List<Long> getKelurahan() {
		return kelurahan;
	}

	public void setKelurahan(List<Long> kelurahan) {
		this.kelurahan = kelurahan == null ? new ArrayList<>() : kelurahan;
	}

	public String getAreaDesc() {
		return areaDesc;
	}

	public void setAreaDesc(String areaDesc) {
		this.areaDesc = areaDesc;
	}

	public String getPolygons() {
		return polygons;
	}

	public void setPolygons(String polygons) {
		this.polygons = polygons;
	}

	public String getCircles() {
		return circles;
	}

	public void setCircles(String circles) {
		this.circles = circles;
	}

	public String getEffective() {
		return effective;
	}

	public void setEffective(String effective) {
		this.effective = effective;
	}

	public String getOnset() {
		return onset;
	}

	public void setOnset(String onset) {
		this.onset = onset;
	}

	public String getExpires() {
		return expires;
	}

	public void setExpires(String expires) {
		this.expires = expires;
	}
}
