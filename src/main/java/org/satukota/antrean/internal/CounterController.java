package org.satukota.antrean.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.account.RoleScopePolicy;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
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
 * {@code /staf/antrean}: the counter view for front-office staff (petugas layanan) of the unit — today's queue,
 * the number being served in large type, "call next", "served" and "did not come". A unit the officer's role does
 * not reach answers 404, as if it did not exist.
 */
@Controller
@RequestMapping("/staf/antrean")
class CounterController {

	private final CounterDesk desk;

	private final CurrentUsers currentUsers;

	private final RoleScopePolicy scope;

	private final Units units;

	private final MessageSource messages;

	CounterController(CounterDesk desk, CurrentUsers currentUsers, RoleScopePolicy scope, Units units,
			MessageSource messages) {
		this.desk = desk;
		this.currentUsers = currentUsers;
		this.scope = scope;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping
	String counter(@RequestParam(name = "unit", required = false) String unit, Model model) {
		CurrentUser user = currentUsers.require();
		List<UnitView> covered = scope.unitsCovered(user.grants(), Role.PETUGAS_LAYANAN);
		if (covered.isEmpty()) {
			throw new AppointmentNotFound();
		}
		Long unitId = CitizenAppointmentController.parseId(unit);
		UnitView chosen = unitId == null ? defaultUnit(user, covered) : allowedUnit(unitId);
		model.addAttribute("coveredUnits", covered);
		board(chosen, model);
		return "antrean/counter";
	}

	/** The board alone, for the page's periodic htmx refresh. */
	@GetMapping("/papan")
	String board(@RequestParam(name = "unit") String unit, Model model) {
		Long unitId = CitizenAppointmentController.parseId(unit);
		if (unitId == null) {
			throw new AppointmentNotFound();
		}
		board(allowedUnit(unitId), model);
		return "antrean/counter :: papan";
	}

	@PostMapping("/panggil")
	String callNext(@RequestParam(name = "unit") String unit, RedirectAttributes redirect, Locale locale) {
		Long unitId = CitizenAppointmentController.parseId(unit);
		if (unitId == null) {
			throw new AppointmentNotFound();
		}
		UnitView chosen = allowedUnit(unitId);
		try {
			Appointment called = desk.callNext(chosen.id(), currentUsers.actorFor(Role.PETUGAS_LAYANAN, chosen.id()));
			redirect.addFlashAttribute("flash",
					messages.getMessage("antrean.flash.called", new Object[] { called.queueNumber() }, locale));
		}
		catch (PolicyViolation violation) {
			redirect.addFlashAttribute("antreanError", messages.getMessage(violation.code(), violation.args(), locale));
		}
		return "redirect:/staf/antrean?unit=" + chosen.id();
	}

	@PostMapping("/{id}/selesai")
	String serve(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return decide(id, true, redirect, locale);
	}

	@PostMapping("/{id}/tidak-hadir")
	String noShow(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return decide(id, false, redirect, locale);
	}

	private String decide(long id, boolean served, RedirectAttributes redirect, Locale locale) {
		Appointment appointment = desk.find(id);
		UnitView unit = allowedUnit(appointment.unitId());
		try {
			var actor = currentUsers.actorFor(Role.PETUGAS_LAYANAN, unit.id());
			Appointment done = served ? desk.serve(id, actor) : desk.noShow(id, actor);
			redirect.addFlashAttribute("flash", messages.getMessage(
					served ? "antrean.flash.served" : "antrean.flash.no-show", new Object[] { done.queueNumber() },
					locale));
		}
		catch (PolicyViolation violation) {
			redirect.addFlashAttribute("antreanError", messages.getMessage(violation.code(), violation.args(), locale));
		}
		return "redirect:/staf/antrean?unit=" + unit.id();
	}

	private void board(UnitView unit, Model model) {
		List<Appointment> queue = desk.todaysQueue(unit.id());
		model.addAttribute("unit", unit);
		model.addAttribute("today", AppointmentMail.formatDay(desk.today()));
		model.addAttribute("queue", queue);
		model.addAttribute("current", queue.stream()
			.filter(a -> a.status() == AppointmentStatus.DIPANGGIL)
			.max(Comparator.comparing(Appointment::calledAt))
			.orElse(null));
		model.addAttribute("waiting", queue.stream().filter(a -> a.status() == AppointmentStatus.MENUNGGU).count());
		model.addAttribute("served", queue.stream().filter(a -> a.status() == AppointmentStatus.SELESAI).count());
		model.addAttribute("noShows", queue.stream().filter(a -> a.status() == AppointmentStatus.TIDAK_HADIR).count());
	}

	private UnitView defaultUnit(CurrentUser user, List<UnitView> covered) {
		return user.grantsOf(Role.PETUGAS_LAYANAN)
			.stream()
			.map(grant -> units.find(grant.unitId()).orElse(null))
			.filter(u -> u != null && u.active())
			.findFirst()
			.orElse(covered.get(0));
	}

	private UnitView allowedUnit(long unitId) {
		if (!currentUsers.allows(Role.PETUGAS_LAYANAN, unitId)) {
			throw new AppointmentNotFound();
		}
		return units.find(unitId).orElseThrow(AppointmentNotFound::new);
	}
}
