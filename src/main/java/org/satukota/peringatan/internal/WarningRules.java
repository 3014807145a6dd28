package org.satukota.peringatan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks a warning form completely before anything is written: CAP vocabularies, required texts and their
 * lengths, at least one area (kelurahan from the directory and/or a polygon or circle in CAP syntax), and times
 * in a sensible order with the expiry in the future.
 */
@Component
class WarningRules {

	static final int HEADLINE_MAX = 160;

	static final int EVENT_MAX = 100;

	static final int TEXT_MAX = 4000;

	private final Units units;

	private final Clock clock;

	WarningRules(Units units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	/** The kelurahan and desa a warning can name, in directory order. */
	List<UnitView> kelurahanChoices() {
		return units.activeUnits()
			.stream()
			.filter(u -> u.type() == UnitType.KELURAHAN || u.type() == UnitType.DESA)
			.toList();
	}

	ZoneId zone() {
		return units.cityProfile().zone();
	}

	/** The draft, or {@code null} with every problem recorded in {@code errors}. */
	WarningDraft check(WarningForm form, Errors errors) {
		String event = text(form.getEvent(), "event", EVENT_MAX, true, errors);
		String headline = text(form.getHeadline(), "headline", HEADLINE_MAX, true, errors);
		String description = text(form.getDescription(), "description", TEXT_MAX, true, errors);
		String instruction = text(form.getInstruction(), "instruction", TEXT_MAX, false, errors);
		List<String> categories = new ArrayList<>(new LinkedHashSet<>(form.getCategories()));
		if (categories.isEmpty()) {
			errors.rejectValue("categories", "peringatan.error.category-required");
		}
		else if (!Cap.CATEGORIES.containsAll(categories)) {
			errors.rejectValue("categories", "peringatan.error.choice");
		}
		choice(form.getUrgency(), Cap.URGENCIES, "urgency", errors);
		choice(form.getSeverity(), Cap.SEVERITIES, "severity", errors);
		choice(form.getCertainty(), Cap.CERTAINTIES, "certainty", errors);

		List<Cap.Area> areas = areas(form, errors);

		Instant now = clock.instant();
		Instant effective = time(form.getEffective(), "effective", false, errors);
		Instant onset = time(form.getOnset(), "onset", false, errors);
		Instant expires = time(form.getExpires(), "expires", true, errors);
		if (expires != null && !expires.isAfter(now)) {
			errors.rejectValue("expires", "peringatan.error.expires-past");
		}
		else if (expires != null && effective != null && !expires.isAfter(effective)) {
			errors.rejectValue("expires", "peringatan.error.expires-before-effective");
		}
		else if (expires != null && onset != null && !expires.isAfter(onset)) {
			errors.rejectValue("expires", "peringatan.error.expires-before-onset");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new WarningDraft(categories, event, form.getUrgency(), form.getSeverity(), form.getCertainty(),
				headline, description, instruction, effective, onset, expires, areas);
	}

	private List<Cap.Area> areas(WarningForm form, Errors errors) {
		List<Cap.Area> areas = new ArrayList<>();
		List<UnitView> choices = kelurahanChoices();
		for (Long id : new LinkedHashSet<>(form.getKelurahan())) {
			UnitView kelurahan = choices.stream().filter(u -> id != null && u.id() == id).findFirst().orElse(null);
			if (kelurahan == null) {
				errors.rejectValue("kelurahan", "peringatan.error.kelurahan-unknown");
				continue;
			}
			String kecamatan = kelurahan.parentId() == null ? null
					: units.find(kelurahan.parentId()).map(UnitView::name).orElse(null);
			String description = kecamatan == null ? kelurahan.name() : kelurahan.name() + ", " + kecamatan;
			areas.add(new Cap.Area(description, List.of(), List.of(),
					List.of(new Cap.Geocode(Cap.KEMENDAGRI, kelurahan.code()))));
		}
		List<String> polygons = AreaSyntax.lines(form.getPolygons());
		List<String> circles = AreaSyntax.lines(form.getCircles());
		geometry(polygons, "polygons", true, errors);
		geometry(circles, "circles", false, errors);
		String areaDesc = form.getAreaDesc() == null ? "" : form.getAreaDesc().strip();
		if (!polygons.isEmpty() || !circles.isEmpty()) {
			if (areaDesc.isEmpty()) {
				errors.rejectValue("areaDesc", "peringatan.error.area-desc-required");
			}
			else if (areaDesc.length() > EVENT_MAX * 2) {
				errors.rejectValue("areaDesc", "peringatan.error.too-long", new Object[] { EVENT_MAX * 2 }, null);
			}
			areas.add(new Cap.Area(areaDesc, polygons, circles, List.of()));
		}
		else if (!areaDesc.isEmpty()) {
			errors.rejectValue("polygons", "peringatan.error.geometry-required");
		}
		if (areas.isEmpty() && !errors.hasFieldErrors("kelurahan")) {
			errors.rejectValue("kelurahan", "peringatan.error.area-required");
		}
		return areas;
	}

	private static void geometry(List<String> lines, String field, boolean polygon, Errors errors) {
		for (int i = 0; i < lines.size(); i++) {
			String code = polygon ? AreaSyntax.polygonError(lines.get(i)) : AreaSyntax.circleError(lines.get(i));
			if (code != null) {
				errors.rejectValue(field, code, new Object[] { i + 1 }, null);
				return;
			}
		}
	}

	private static String text(String value, String field, int max, boolean required, Errors errors) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.isEmpty()) {
			if (required) {
				errors.rejectValue(field, "peringatan.error.required");
			}
			return null;
		}
		if (stripped.length() > max) {
			errors.rejectValue(field, "peringatan.error.too-long", new Object[] { max }, null);
		}
		return stripped;
	}

	private static void choice(String value, List<String> allowed, String field, Errors errors) {
		if (value == null || !allowed.contains(value)) {
			errors.rejectValue(field, "peringatan.error.choice");
		}
	}

	private Instant time(String value, String field, boolean required, Errors errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.rejectValue(field, "peringatan.error.required");
			}
			return null;
		}
		try {
			return WarningForm.parseLocal(value).atZone(zone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "peringatan.error.time");
			return null;
		}
	}
}
