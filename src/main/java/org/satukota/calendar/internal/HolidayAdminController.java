package org.satukota.calendar.internal;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.satukota.calendar.HolidayKind;
import org.satukota.calendar.IndonesianTimeZone;
import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
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

/** {@code /admin/hari-libur}: the admin's list of days off by year, adding, deactivating and reactivating. */
@Controller
@RequestMapping("/admin/hari-libur")
@PreAuthorize("hasRole('ADMIN')")
class HolidayAdminController {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	/** What the add form sends; kept as text so a bad value is re-shown as typed. */
	record AddForm(String tanggal, String jenis, String nama, String dasar) {

		static AddForm empty() {
			return new AddForm("", "DAERAH", "", "");
		}
	}

	/** An error about one row's deactivate/reactivate form. */
	record RowError(long id, String code, Object[] args) {
	}

	private final HolidayAdministration administration;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	private final Units units;

	HolidayAdminController(HolidayAdministration administration, WorkingCalendar calendar, MessageSource messages,
			Clock clock, Units units) {
		this.administration = administration;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
		this.units = units;
	}

	@GetMapping
	String list(@RequestParam(name = "tahun", required = false) String tahun, Model model, Locale locale) {
		return page(year(tahun), AddForm.empty(), Map.of(), null, model, locale);
	}

	@PostMapping
	String add(@RequestParam(name = "tanggal", required = false) String tanggal,
			@RequestParam(name = "jenis", required = false) String jenis,
			@RequestParam(name = "nama", required = false) String nama,
			@RequestParam(name = "dasar", required = false) String dasar,
			@RequestParam(name = "tahun", required = false) String tahun, Principal principal, Model model,
			RedirectAttributes redirect, Locale locale) {
		AddForm form = new AddForm(orEmpty(tanggal), orEmpty(jenis), orEmpty(nama), orEmpty(dasar));
		Map<String, FieldError> errors = new LinkedHashMap<>();
		LocalDate date = null;
		if (form.tanggal().isBlank()) {
			errors.put("tanggal", new FieldError("calendar.date-required"));
		}
		else {
			try {
				date = LocalDate.parse(form.tanggal().strip());
				if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
					errors.put("tanggal", new FieldError("calendar.date-out-of-range", FIRST_YEAR, LAST_YEAR));
				}
			}
			catch (DateTimeParseException ex) {
				errors.put("tanggal", new FieldError("calendar.date-invalid"));
			}
		}
		HolidayKind kind = kind(form.jenis());
		if (kind == null) {
			errors.put("jenis", new FieldError("calendar.kind-required"));
		}
		if (form.nama().isBlank()) {
			errors.put("nama", new FieldError("calendar.name-required"));
		}
		else if (form.nama().strip().length() > HolidayAdministration.NAME_MAX) {
			errors.put("nama", new FieldError("calendar.name-too-long", HolidayAdministration.NAME_MAX));
		}
		if (form.dasar().strip().length() > HolidayAdministration.TEXT_MAX) {
			errors.put("dasar", new FieldError("calendar.note-too-long", HolidayAdministration.TEXT_MAX));
		}
		int shownYear = date != null && !errors.containsKey("tanggal") ? date.getYear() : year(tahun);
		if (!errors.isEmpty()) {
			return page(shownYear, form, errors, null, model, locale);
		}
		try {
			administration.add(new HolidayAdministration.NewHoliday(date, kind, form.nama(), form.dasar()),
					actor(principal));
		}
		catch (PolicyViolation violation) {
			String field = switch (violation.code()) {
				case "calendar.date-required" -> "tanggal";
				case "calendar.kind-required" -> "jenis";
				case "calendar.note-too-long" -> "dasar";
				default -> "nama";
			};
			return page(shownYear, form, Map.of(field, new FieldError(violation.code(), violation.args())), null,
					model, locale);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("calendar.flash.added", null, locale));
		return "redirect:/admin/hari-libur?tahun=" + date.getYear();
	}

	@PostMapping("/{id}/nonaktifkan")
	String deactivate(@PathVariable long id, @RequestParam(name = "alasan", required = false) String alasan,
			@RequestParam(name = "tahun", required = false) String tahun, Principal principal, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			administration.deactivate(id, alasan, actor(principal));
		}
		catch (PolicyViolation violation) {
			return page(year(tahun), AddForm.empty(), Map.of(), new RowError(id, violation.code(), violation.args()),
					model, locale);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("calendar.flash.deactivated", null, locale));
		return "redirect:/admin/hari-libur?tahun=" + year(tahun);
	}

	@PostMapping("/{id}/aktifkan")
	String reactivate(@PathVariable long id, @RequestParam(name = "alasan", required = false) String alasan,
			@RequestParam(name = "tahun", required = false) String tahun, Principal principal, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			administration.reactivate(id, alasan, actor(principal));
		}
		catch (PolicyViolation violation) {
			return page(year(tahun), AddForm.empty(), Map.of(), new RowError(id, violation.code(), violation.args()),
					model, locale);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("calendar.flash.reactivated", null, locale));
		return "redirect:/admin/hari-libur?tahun=" + year(tahun);
	}

	/** A message code and its arguments, shown next to a field. */
	record FieldError(String code, Object... args) {
	}

	private String page(int year, AddForm form, Map<String, FieldError> errors, RowError rowError, Model model,
			Locale locale) {
		WorkingCalendar now = calendar.snapshot();
		TreeSet<Integer> years = new TreeSet<>(administration.yearsWithHolidays());
		int currentYear = now.dateOf(clock.instant()).getYear();
		years.add(currentYear);
		years.add(currentYear + 1);
		years.add(year);
		model.addAttribute("year", year);
		model.addAttribute("years", List.copyOf(years));
		model.addAttribute("entries", administration.inYear(year));
		model.addAttribute("workingDays", now.workingDaysIn(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		model.addAttribute("zone", now.zone().getId());
		model.addAttribute("zoneLabel", IndonesianTimeZone.of(now.zone()).map(Enum::name).orElse(now.zone().getId()));
		model.addAttribute("kinds", HolidayKind.values());
		model.addAttribute("form", form);
		Map<String, String> errorTexts = new LinkedHashMap<>();
		errors.forEach((field, error) -> errorTexts.put(field, messages.getMessage(error.code(), error.args(), locale)));
		model.addAttribute("errors", errorTexts);
		model.addAttribute("rowErrorId", rowError == null ? null : rowError.id());
		model.addAttribute("rowErrorText",
				rowError == null ? null : messages.getMessage(rowError.code(), rowError.args(), locale));
		return "calendar/hari-libur";
	}

	private int year(String tahun) {
		if (tahun != null) {
			try {
				int year = Integer.parseInt(tahun.strip());
				if (year >= FIRST_YEAR && year <= LAST_YEAR) {
					return year;
				}
			}
			catch (NumberFormatException ex) {
				// An odd year in the address shows the current year rather than an error page.
			}
		}
		return calendar.dateOf(clock.instant()).getYear();
	}

	private static HolidayKind kind(String jenis) {
		for (HolidayKind kind : HolidayKind.values()) {
			if (kind.name().equals(jenis)) {
				return kind;
			}
		}
		return null;
	}

	/** Holidays are city-wide, so an administrator decides about them in the city unit. */
	private Actor actor(Principal principal) {
		return new Actor(principal.getName(), "ADMIN", units.city().id());
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
