package org.satukota.informasi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.informasi.EmergencyContactChanged;
import org.satukota.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/konten/kontak-darurat}: administrators keep each kecamatan's emergency contacts and the offices'
 * WhatsApp numbers and map coordinates.
 */
@Controller
class EmergencyContactAdminController {

	private static final int MAX_TEXT = 120;

	private final ContactDirectory directory;

	private final Units units;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	EmergencyContactAdminController(ContactDirectory directory, Units units, CurrentUsers users,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.directory = directory;
		this.units = units;
		this.users = users;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	record Row(UnitView kecamatan, List<ContactDirectory.EmergencyContact> contacts) {
	}

	@GetMapping("/admin/konten/kontak-darurat")
	String page(Model model) {
		return page(model, new LinkedHashMap<>(), Map.of(), new LinkedHashMap<>(), Map.of());
	}

	private String page(Model model, Map<String, String> values, Map<String, String> errors,
			Map<String, String> officeValues, Map<String, String> officeErrors) {
		Map<Long, List<ContactDirectory.EmergencyContact>> byKecamatan = directory.activeEmergencyByKecamatan();
		List<UnitView> kecamatan = kecamatan();
		model.addAttribute("rows",
				kecamatan.stream().map(k -> new Row(k, byKecamatan.getOrDefault(k.id(), List.of()))).toList());
		model.addAttribute("kecamatan", kecamatan);
		model.addAttribute("kinds", EmergencyKind.values());
		model.addAttribute("offices", units.activeUnits());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("officeValues", officeValues);
		model.addAttribute("officeErrors", officeErrors);
		return "informasi/admin-kontak";
	}

	private List<UnitView> kecamatan() {
		return units.activeUnits().stream().filter(u -> u.type() == UnitType.KECAMATAN).toList();
	}

	@PostMapping("/admin/konten/kontak-darurat")
	@Transactional
	String add(@RequestParam(required = false) Long kecamatanId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String whatsapp, Model model, Locale locale, RedirectAttributes redirect) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("kecamatanId", kecamatanId == null ? "" : kecamatanId.toString());
		values.put("kind", kind == null ? "" : kind);
		values.put("name", nz(name));
		values.put("phone", nz(phone));
		values.put("whatsapp", nz(whatsapp));
		Map<String, String> errors = new LinkedHashMap<>();
		UnitView unit = kecamatanId == null ? null
				: kecamatan().stream().filter(k -> k.id() == kecamatanId).findFirst().orElse(null);
		if (unit == null) {
			errors.put("kecamatanId", text("informasi.darurat.form.kecamatan.required", locale));
		}
		EmergencyKind parsed = null;
		try {
			parsed = EmergencyKind.valueOf(nz(kind));
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", text("informasi.darurat.form.kind.required", locale));
		}
		if (nz(name).isBlank() || nz(name).length() > MAX_TEXT) {
			errors.put("name", text("informasi.darurat.form.name.required", locale));
		}
		checkPhone("phone", phone, errors, locale);
		checkPhone("whatsapp", whatsapp, errors, locale);
		if (nz(phone).isBlank() && nz(whatsapp).isBlank() && !errors.containsKey("phone")) {
			errors.put("phone", text("informasi.darurat.form.reach.required", locale));
		}
		if (!errors.isEmpty()) {
			return page(model, values, errors, new LinkedHashMap<>(), Map.of());
		}
		Actor actor = users.actorFor(Role.ADMIN, unit.id());
		Instant now = clock.instant();
		long id = directory.addEmergency(unit.id(), parsed, name.strip(), blankToNull(phone), blankToNull(whatsapp), now);
		events.publishEvent(new EmergencyContactChanged(id, unit.id(), actor, now));
		redirect.addFlashAttribute("flash", text("informasi.darurat.saved", locale));
		return "redirect:/admin/konten/kontak-darurat";
	}

	@PostMapping("/admin/konten/kontak-darurat/{id}/nonaktifkan")
	@Transactional
	String retire(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		ContactDirectory.EmergencyContact contact = directory.emergency(id)
			.orElseThrow(() -> new ContentNotFound(id));
		Actor actor = users.actorFor(Role.ADMIN, contact.kecamatanId());
		Instant now = clock.instant();
		directory.retireEmergency(id, now);
		events.publishEvent(new EmergencyContactChanged(id, contact.kecamatanId(), actor, now));
		redirect.addFlashAttribute("flash", text("informasi.darurat.retired", locale));
		return "redirect:/admin/konten/kontak-darurat";
	}

	@PostMapping("/admin/konten/kantor")
	@Transactional
	String office(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String whatsapp,
			@RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
			Model model, Locale locale, RedirectAttributes redirect) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("unitId", unitId == null ? "" : unitId.toString());
		values.put("whatsapp", nz(whatsapp));
		values.put("latitude", nz(latitude));
		values.put("longitude", nz(longitude));
		Map<String, String> errors = new LinkedHashMap<>();
		UnitView unit = unitId == null ? null : units.find(unitId).filter(UnitView::active).orElse(null);
		if (unit == null) {
			errors.put("unitId", text("informasi.kantor.form.unit.required", locale));
		}
		checkPhone("whatsapp", whatsapp, errors, locale);
		Double lat = coordinate(latitude, 90, "latitude", errors, locale);
		Double lon = coordinate(longitude, 180, "longitude", errors, locale);
		if ((lat == null) != (lon == null) && !errors.containsKey("latitude") && !errors.containsKey("longitude")) {
			errors.put("latitude", text("informasi.kantor.form.both", locale));
		}
		if (!errors.isEmpty()) {
			return page(model, new LinkedHashMap<>(), Map.of(), values, errors);
		}
		users.actorFor(Role.ADMIN, unit.id());
		directory.saveOffice(unit.id(), blankToNull(whatsapp), lat, lon, clock.instant());
		redirect.addFlashAttribute("flash", text("informasi.kantor.saved", locale));
		return "redirect:/admin/konten/kontak-darurat";
	}

	private Double coordinate(String value, double limit, String field, Map<String, String> errors, Locale locale) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			double parsed = Double.parseDouble(value.strip().replace(',', '.'));
			if (Math.abs(parsed) <= limit) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.put(field, text("informasi.kantor.form.coordinate", locale));
		return null;
	}

	private void checkPhone(String field, String value, Map<String, String> errors, Locale locale) {
		if (value != null && !value.isBlank() && !value.strip().matches("\\+?[0-9 ()\\-.]{3,20}")) {
			errors.put(field, text("informasi.darurat.form.phone.invalid", locale));
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
