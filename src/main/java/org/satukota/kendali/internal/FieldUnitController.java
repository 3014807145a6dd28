package org.satukota.kendali.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.kendali.internal.Records.Incident;
import org.satukota.shared.PolicyViolation;
import org.satukota.shared.StaffActionOutcome;
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

/**
 * The field unit's own page for a phone: its agency's open dispatches (acknowledge, send a unit, declare unable)
 * and big status buttons for each of its units, with the phone's position when the crew allows it.
 */
@Controller
@RequestMapping("/staf/unit")
@PreAuthorize("hasRole('PETUGAS_LAPANGAN')")
class FieldUnitController {

	record Dispatch(Incident incident, long agencyId, AssignmentState state) {
	}

	private final Dispatching dispatching;

	private final KendaliRepository repository;

	private final KendaliViews views;

	private final KendaliAccess access;

	private final MessageSource messages;

	FieldUnitController(Dispatching dispatching, KendaliRepository repository, KendaliViews views,
			KendaliAccess access, MessageSource messages) {
		this.dispatching = dispatching;
		this.repository = repository;
		this.views = views;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		List<Long> agencies = access.fieldAgencies();
		List<Dispatch> dispatches = new java.util.ArrayList<>();
		for (Incident incident : repository.openIncidents()) {
			Map<Long, AssignmentState> states = dispatching.assignments(incident.id());
			for (Long agencyId : agencies) {
				AssignmentState state = states.get(agencyId);
				if (state != null && state.open()) {
					dispatches.add(new Dispatch(incident, agencyId, state));
				}
			}
		}
		model.addAttribute("dispatches", dispatches);
		model.addAttribute("boards", views.board(agencies));
		model.addAttribute("views", views);
		model.addAttribute("statuses", List.of(UnitStatus.EN_ROUTE, UnitStatus.ON_SCENE, UnitStatus.TRANSPORTING,
				UnitStatus.RETURNING, UnitStatus.AVAILABLE, UnitStatus.OUT_OF_SERVICE));
		return "kendali/unit";
	}

	@PostMapping("/kejadian/{id}/instansi/{agencyId}/terima")
	String acknowledge(@PathVariable long id, @PathVariable long agencyId, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, "kendali.done.acknowledged",
				() -> dispatching.acknowledge(id, agencyId, access.fieldStaffOf(agencyId)));
	}

	@PostMapping("/kejadian/{id}/instansi/{agencyId}/tidak-mampu")
	String unable(@PathVariable long id, @PathVariable long agencyId, @RequestParam(defaultValue = "") String alasan,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, "kendali.done.unable",
				() -> dispatching.unable(id, agencyId, alasan, access.fieldStaffOf(agencyId)));
	}

	@PostMapping("/kejadian/{id}/armada")
	String commit(@PathVariable long id, @RequestParam(name = "armada", required = false) Long unitId,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, "kendali.done.unit-committed", () -> {
			var unit = unitId == null ? null : repository.fieldUnit(unitId).orElse(null);
			if (unit == null) {
				throw new PolicyViolation("kendali.unit-unknown");
			}
			dispatching.commitUnit(id, unit.id(), access.fieldStaffOf(unit.agencyId()));
		});
	}

	@PostMapping("/armada/{unitId}/status")
	String status(@PathVariable long unitId, @RequestParam(defaultValue = "") String status,
			@RequestParam(required = false) String lintang, @RequestParam(required = false) String bujur,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, "kendali.done.status-changed", () -> {
			var unit = repository.fieldUnit(unitId).orElseThrow(() -> new PolicyViolation("kendali.unit-unknown"));
			UnitStatus next = CallForm.parse(UnitStatus.class, status);
			if (next == null) {
				throw new PolicyViolation("kendali.status-required");
			}
			dispatching.changeStatus(unit.id(), next, CallForm.parseDouble(lintang), CallForm.parseDouble(bujur),
					access.fieldStaffOf(unit.agencyId()));
		});
	}

	private String act(RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		return StaffActionOutcome.runAndRedirect("/staf/unit", doneKey, action, redirect, messages, locale);
	}
}
