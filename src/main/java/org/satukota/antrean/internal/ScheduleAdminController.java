package org.satukota.antrean.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/antrean}: quotas and service hours of each unit's appointments. */
@Controller
@RequestMapping("/admin/antrean")
@PreAuthorize("hasRole('ADMIN')")
class ScheduleAdminController {

	/** The form as typed, so a bad value is shown again as entered. */
	record Form(String kuotaLayanan, String kuotaUnit, String jamBuka, String jamTutup, String menitSesi,
			String hariKedepan) {

		static Form of(Schedule s) {
			return new Form(Integer.toString(s.quotaPerService()),
					s.quotaPerUnit() == null ? "" : Integer.toString(s.quotaPerUnit()), s.opensAt().toString(),
					s.closesAt().toString(), Integer.toString(s.sessionMinutes()), Integer.toString(s.daysAhead()));
		}
	}

	/** A configured unit in the list. */
	record Row(UnitView unit, Schedule schedule) {
	}

	private final ScheduleAdministration administration;

	private final AppointmentBooking booking;

	private final AppointmentRepository repository;

	private final Units units;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	ScheduleAdminController(ScheduleAdministration administration, AppointmentBooking booking,
			AppointmentRepository repository, Units units, CurrentUsers currentUsers, MessageSource messages) {
		this.administration = administration;
		this.booking = booking;
		this.repository = repository;
		this.units = units;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		List<Row> rows = repository.configuredUnits()
			.stream()
			.map(id -> units.find(id).map(u -> new Row(u, booking.schedule(id))).orElse(null))
			.filter(row -> row != null)
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("serviceUnits", serviceUnits());
		model.addAttribute("defaults", Schedule.defaults(0));
		return "antrean/admin-list";
	}

	@GetMapping("/unit")
	String choose(@RequestParam(name = "unit", required = false) String unit) {
		Long id = CitizenAppointmentController.parseId(unit);
		return id == null ? "redirect:/admin/antrean" : "redirect:/admin/antrean/" + id;
	}

	@GetMapping("/{unitId}")
	String edit(@PathVariable long unitId, Model model) {
		UnitView unit = serviceUnit(unitId);
		return page(unit, Form.of(booking.schedule(unitId)), Map.of(), model);
	}

	@PostMapping("/{unitId}")
	String save(@PathVariable long unitId, @RequestParam Map<String, String> params, Model model, Locale locale,
			RedirectAttributes redirect) {
		UnitView unit = serviceUnit(unitId);
		Form form = new Form(trim(params.get("kuotaLayanan")), trim(params.get("kuotaUnit")),
				trim(params.get("jamBuka")), trim(params.get("jamTutup")), trim(params.get("menitSesi")),
				trim(params.get("hariKedepan")));
		Map<String, String> errors = new LinkedHashMap<>();
		Integer perService = number(form.kuotaLayanan(), "kuotaLayanan", errors, locale);
		Integer perUnit = form.kuotaUnit().isEmpty() ? null : number(form.kuotaUnit(), "kuotaUnit", errors, locale);
		LocalTime opens = time(form.jamBuka(), "jamBuka", errors, locale);
		LocalTime closes = time(form.jamTutup(), "jamTutup", errors, locale);
		Integer session = number(form.menitSesi(), "menitSesi", errors, locale);
		Integer ahead = number(form.hariKedepan(), "hariKedepan", errors, locale);
		Schedule schedule = null;
		if (errors.isEmpty()) {
			try {
				schedule = Schedule.of(unitId, perService, perUnit, opens, closes, session, ahead);
			}
			catch (PolicyViolation violation) {
				String field = switch (violation.code()) {
					case "antrean.quota-per-service-range" -> "kuotaLayanan";
					case "antrean.quota-per-unit-range" -> "kuotaUnit";
					case "antrean.hours-invalid" -> "jamTutup";
					case "antrean.session-range" -> "menitSesi";
					default -> "hariKedepan";
				};
				errors.put(field, messages.getMessage(violation.code(), violation.args(), locale));
			}
		}
		if (!errors.isEmpty()) {
			return page(unit, form, errors, model);
		}
		administration.save(schedule, currentUsers.actorFor(Role.ADMIN, unitId));
		redirect.addFlashAttribute("flash", messages.getMessage("antrean.flash.schedule-saved",
				new Object[] { unit.name() }, locale));
		return "redirect:/admin/antrean";
	}

	private String page(UnitView unit, Form form, Map<String, String> errors, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "antrean/admin-edit";
	}

	private List<UnitView> serviceUnits() {
		return units.activeUnits().stream().filter(u -> u.type() != UnitType.KOTA).toList();
	}

	private UnitView serviceUnit(long unitId) {
		return units.find(unitId).filter(u -> u.active() && u.type() != UnitType.KOTA)
			.orElseThrow(AppointmentNotFound::new);
	}

	private Integer number(String text, String field, Map<String, String> errors, Locale locale) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			errors.put(field, messages.getMessage("antrean.number-invalid", null, locale));
			return null;
		}
	}

	private LocalTime time(String text, String field, Map<String, String> errors, Locale locale) {
		try {
			return LocalTime.parse(text.replace('.', ':'));
		}
		catch (DateTimeParseException ex) {
			errors.put(field, messages.getMessage("antrean.time-invalid", null, locale));
			return null;
		}
	}

	private static String trim(String value) {
		return value == null ? "" : value.strip();
	}
}
