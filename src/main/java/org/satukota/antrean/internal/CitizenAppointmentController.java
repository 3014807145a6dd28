package org.satukota.antrean.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.layanan.ServiceVersion;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /warga/antrean}: the citizen's bookings and cancelling them; {@code /warga/antrean/baru}: booking in three
 * steps (service, unit, day) that work without JavaScript, each step a GET that keeps the earlier choices.
 */
@Controller
@RequestMapping("/warga/antrean")
class CitizenAppointmentController {

	/** A booking as the list shows it. */
	record Row(Appointment appointment, String unitName, String unitAddress, String session, boolean cancellable) {
	}

	private final AppointmentBooking booking;

	private final VisitServices services;

	private final Units units;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	CitizenAppointmentController(AppointmentBooking booking, VisitServices services, Units units,
			CurrentUsers currentUsers, MessageSource messages) {
		this.booking = booking;
		this.services = services;
		this.units = units;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		AppointmentBooking.Citizen citizen = citizen();
		LocalDate today = booking.today();
		List<Row> rows = booking.ofCitizen(citizen.accountId()).stream().map(a -> {
			Optional<UnitView> unit = units.find(a.unitId());
			return new Row(a, unit.map(UnitView::name).orElse("—"), unit.map(UnitView::address).orElse(null),
					booking.schedule(a.unitId()).sessionFor(a.number()).label(), a.cancellableOn(today));
		}).toList();
		model.addAttribute("rows", rows);
		return "antrean/warga-list";
	}

	@GetMapping("/baru")
	String form(@RequestParam(name = "layanan", required = false) String layanan,
			@RequestParam(name = "unit", required = false) String unit, Model model, Locale locale) {
		citizen();
		return form(layanan, unit, null, Map.of(), model, locale);
	}

	@PostMapping("/baru")
	String book(@RequestParam(name = "layanan", required = false) String layanan,
			@RequestParam(name = "unit", required = false) String unit,
			@RequestParam(name = "tanggal", required = false) String tanggal, Model model, Locale locale,
			RedirectAttributes redirect) {
		AppointmentBooking.Citizen citizen = citizen();
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate day = null;
		if (tanggal == null || tanggal.isBlank()) {
			errors.put("tanggal", messages.getMessage("antrean.day-required", null, locale));
		}
		else {
			try {
				day = LocalDate.parse(tanggal.strip());
			}
			catch (DateTimeParseException ex) {
				errors.put("tanggal", messages.getMessage("antrean.day-unavailable", null, locale));
			}
		}
		if (errors.isEmpty()) {
			try {
				Appointment booked = booking.book(layanan, parseId(unit), day, citizen);
				redirect.addFlashAttribute("flash", messages.getMessage("antrean.flash.booked",
						new Object[] { booked.queueNumber(), AppointmentMail.formatDay(booked.day()) }, locale));
				return "redirect:/warga/antrean";
			}
			catch (PolicyViolation violation) {
				String field = switch (violation.code()) {
					case "antrean.service-unknown" -> "layanan";
					case "antrean.unit-invalid" -> "unit";
					default -> "tanggal";
				};
				errors.put(field, messages.getMessage(violation.code(), violation.args(), locale));
			}
		}
		return form(layanan, unit, tanggal, errors, model, locale);
	}

	@PostMapping("/{id}/batal")
	String cancel(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		Appointment cancelled;
		try {
			cancelled = booking.cancel(id, citizen());
		}
		catch (PolicyViolation violation) {
			redirect.addFlashAttribute("antreanError",
					messages.getMessage(violation.code(), violation.args(), locale));
			return "redirect:/warga/antrean";
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("antrean.flash.cancelled", new Object[] { cancelled.queueNumber() }, locale));
		return "redirect:/warga/antrean";
	}

	private String form(String layanan, String unit, String tanggal, Map<String, String> errors, Model model,
			Locale locale) {
		Map<String, String> shown = new LinkedHashMap<>(errors);
		List<ServiceVersion> bookable = services.bookable();
		Optional<ServiceVersion> service = services.find(layanan);
		if (layanan != null && !layanan.isBlank() && service.isEmpty() && !shown.containsKey("layanan")) {
			shown.put("layanan", messages.getMessage("antrean.service-unknown", null, locale));
		}
		model.addAttribute("services", bookable);
		model.addAttribute("service", service.orElse(null));
		List<UnitView> unitChoices = service.map(services::unitsFor).orElse(List.of());
		model.addAttribute("units", unitChoices);
		Long unitId = parseId(unit);
		UnitView chosenUnit = unitId == null ? null
				: unitChoices.stream().filter(u -> u.id() == unitId).findFirst().orElse(null);
		if (service.isPresent() && unit != null && !unit.isBlank() && chosenUnit == null
				&& !shown.containsKey("unit")) {
			shown.put("unit", messages.getMessage("antrean.unit-invalid", null, locale));
		}
		model.addAttribute("unit", chosenUnit);
		Map<Long, String> names = new java.util.HashMap<>();
		units.activeUnits().forEach(u -> names.put(u.id(), u.name()));
		// Kelurahan grouped under their kecamatan, so a long list stays findable on a phone.
		model.addAttribute("unitGroups", unitChoices.stream()
			.collect(java.util.stream.Collectors.groupingBy(
					u -> u.parentId() == null ? "" : names.getOrDefault(u.parentId(), ""), LinkedHashMap::new,
					java.util.stream.Collectors.toList())));
		if (service.isPresent() && chosenUnit != null) {
			Schedule schedule = booking.schedule(chosenUnit.id());
			model.addAttribute("days", booking.dayOptions(service.get(), chosenUnit.id()));
			model.addAttribute("schedule", schedule);
			model.addAttribute("hours", schedule.hoursLabel());
		}
		model.addAttribute("chosenDay", tanggal);
		model.addAttribute("errors", shown);
		return "antrean/warga-baru";
	}

	private AppointmentBooking.Citizen citizen() {
		currentUsers.citizenActor();
		CurrentUser user = currentUsers.require();
		return new AppointmentBooking.Citizen(user.accountId(), user.username());
	}

	static Long parseId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
