package org.satukota.kendali.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.satukota.directory.UnitType;
import org.satukota.directory.Units;
import org.satukota.kendali.internal.Records.IncidentType;
import org.satukota.shared.PolicyViolation;
import org.satukota.shared.StaffActionOutcome;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator console: log calls, open incidents, dispatch agencies and units, correct and close. */
@Controller
@RequestMapping("/staf/kendali")
@PreAuthorize("hasRole('OPERATOR_112')")
class ConsoleController {

	private final Dispatching dispatching;

	private final KendaliRepository repository;

	private final KendaliViews views;

	private final KendaliAccess access;

	private final KendaliProperties properties;

	private final Units units;

	private final MessageSource messages;

	private final Clock clock;

	ConsoleController(Dispatching dispatching, KendaliRepository repository, KendaliViews views, KendaliAccess access,
			KendaliProperties properties, Units units, MessageSource messages, Clock clock) {
		this.dispatching = dispatching;
		this.repository = repository;
		this.views = views;
		this.access = access;
		this.properties = properties;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String console(Model model) {
		return console(model, CallForm.blank(), Map.of());
	}

	@PostMapping("/panggilan")
	String logCall(@ModelAttribute CallForm form, Model model, RedirectAttributes redirect, Locale locale) {
		CallForm.Checked checked = form.validate(clock.instant(), views.zone(), repository::currentType,
				id -> repository.incident(id).map(i -> i.status().open()).orElse(false),
				id -> units.find(id).filter(u -> u.type() == UnitType.KELURAHAN || u.type() == UnitType.DESA).isPresent());
		if (!checked.errors().isEmpty()) {
			Map<String, String> errors = new LinkedHashMap<>();
			checked.errors().forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key, locale)));
			model.addAttribute("formError", true);
			return console(model, form, errors);
		}
		try {
			Dispatching.Logged logged = dispatching.logCall(checked.call(), access.operator());
			if (checked.call().classification() == CallClassification.EMERGENCY) {
				redirect.addFlashAttribute("flash", messages.getMessage("kendali.done.incident-created", null, locale));
				return "redirect:/staf/kendali/kejadian/" + logged.incidentId();
			}
			redirect.addFlashAttribute("flash", messages.getMessage("kendali.done.call-logged", null, locale));
			return "redirect:/staf/kendali";
		}
		catch (PolicyViolation refused) {
			model.addAttribute("actionError", messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
			return console(model, form, Map.of());
		}
	}

	private String console(Model model, CallForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", views.typeTree(true));
		model.addAttribute("kelurahan", views.kelurahan());
		model.addAttribute("open", views.openIncidents());
		model.addAttribute("calls", repository.recentCalls(15));
		model.addAttribute("views", views);
		model.addAttribute("channels", CallChannel.values());
		model.addAttribute("classifications", CallClassification.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("map", properties);
		return "kendali/konsol";
	}

	@GetMapping("/kejadian/{id}")
	String incident(@PathVariable long id, Model model) {
		model.addAttribute("d", views.incident(id).orElseThrow(NotFound::new));
		model.addAttribute("views", views);
		model.addAttribute("dispositions", Disposition.values());
		model.addAttribute("fields", Dispatching.CorrectableField.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("types", views.typeTree(true));
		model.addAttribute("statusesAll", UnitStatus.values());
		return "kendali/kejadian";
	}

	@PostMapping("/kejadian/{id}/disposisi")
	String dispatch(@PathVariable long id, @RequestParam(name = "instansi", required = false) List<Long> agencies,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "kendali.done.dispatched",
				() -> dispatching.dispatch(id, agencies == null ? List.of() : agencies, access.operator()));
	}

	@PostMapping("/kejadian/{id}/instansi/{agencyId}/terima")
	String acknowledge(@PathVariable long id, @PathVariable long agencyId, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "kendali.done.acknowledged",
				() -> dispatching.acknowledge(id, agencyId, access.forAgency(agencyId)));
	}

	@PostMapping("/kejadian/{id}/instansi/{agencyId}/tidak-mampu")
	String unable(@PathVariable long id, @PathVariable long agencyId, @RequestParam(defaultValue = "") String alasan,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "kendali.done.unable",
				() -> dispatching.unable(id, agencyId, alasan, access.forAgency(agencyId)));
	}

	@PostMapping("/kejadian/{id}/instansi/{agencyId}/lepas")
	String release(@PathVariable long id, @PathVariable long agencyId, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "kendali.done.released",
				() -> dispatching.release(id, agencyId, access.forAgency(agencyId)));
	}

	@PostMapping("/kejadian/{id}/armada")
	String commit(@PathVariable long id, @RequestParam(name = "armada", required = false) Long unitId,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "kendali.done.unit-committed", () -> {
			if (unitId == null) {
				throw new PolicyViolation("kendali.unit-unknown");
			}
			dispatching.commitUnit(id, unitId, access.operator());
		});
	}

	@PostMapping("/kejadian/{id}/koreksi")
	String correct(@PathVariable long id, @RequestParam(defaultValue = "") String kolom,
			@RequestParam(defaultValue = "") String nilai, @RequestParam(defaultValue = "") String alasan,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "kendali.done.corrected", () -> {
			Dispatching.CorrectableField field = CallForm.parse(Dispatching.CorrectableField.class, kolom);
			if (field == null) {
				throw new PolicyViolation("kendali.correction-invalid");
			}
			dispatching.correct(id, field, correctionValue(field, nilai), alasan, access.operator());
		});
	}

	@PostMapping("/kejadian/{id}/tutup")
	String close(@PathVariable long id, @RequestParam(defaultValue = "") String disposisi,
			@RequestParam(defaultValue = "") String catatan, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "kendali.done.closed", () -> {
			Disposition disposition = CallForm.parse(Disposition.class, disposisi);
			if (disposition == null) {
				throw new PolicyViolation("kendali.disposition-required");
			}
			dispatching.close(id, disposition, catatan, access.operator());
		});
	}

	@GetMapping("/armada")
	String board(Model model) {
		model.addAttribute("boards", views.board(null));
		model.addAttribute("statuses", UnitStatus.values());
		return "kendali/armada";
	}

	@GetMapping("/armada/{unitId}")
	String unitHistory(@PathVariable long unitId, Model model) {
		var unit = repository.fieldUnit(unitId).orElseThrow(NotFound::new);
		List<UnitEvent> all = repository.unitEvents(unitId);
		UnitStatusHistory history = UnitStatusHistory.of(all);
		model.addAttribute("unit", unit);
		model.addAttribute("agencyName", views.unitName(unit.agencyId()));
		model.addAttribute("events", reversed(all));
		model.addAttribute("effective", history.effective().stream().map(UnitEvent::id).toList());
		model.addAttribute("current", history.status());
		model.addAttribute("statuses", UnitStatus.values());
		model.addAttribute("views", views);
		return "kendali/armada-riwayat";
	}

	@PostMapping("/armada/{unitId}/status")
	String changeStatus(@PathVariable long unitId, @RequestParam(defaultValue = "") String status,
			@RequestParam(required = false) String lintang, @RequestParam(required = false) String bujur,
			@RequestParam(required = false) Long kejadian, RedirectAttributes redirect, Locale locale) {
		String target = kejadian != null ? "/staf/kendali/kejadian/" + kejadian : "/staf/kendali/armada";
		return actTo(target, redirect, locale, "kendali.done.status-changed", () -> {
			UnitStatus next = requireStatus(status);
			var unit = repository.fieldUnit(unitId).orElseThrow(() -> new PolicyViolation("kendali.unit-unknown"));
			dispatching.changeStatus(unitId, next, CallForm.parseDouble(lintang), CallForm.parseDouble(bujur),
					access.forAgency(unit.agencyId()));
		});
	}

	@PostMapping("/armada/peristiwa/{eventId}/koreksi")
	String correctUnitEvent(@PathVariable long eventId, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String waktu, @RequestParam(defaultValue = "") String alasan,
			RedirectAttributes redirect, Locale locale) {
		UnitEvent event = repository.unitEvent(eventId).orElseThrow(NotFound::new);
		return actTo("/staf/kendali/armada/" + event.fieldUnitId(), redirect, locale, "kendali.done.corrected", () -> {
			UnitStatus next = requireStatus(status);
			Instant at;
			try {
				at = waktu.isBlank() ? event.occurredAt() : LocalDateTime.parse(waktu.strip()).atZone(views.zone()).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new PolicyViolation("kendali.error.waktu");
			}
			dispatching.correctUnitEvent(eventId, next, at, alasan, access.operator());
		});
	}

	private Object correctionValue(Dispatching.CorrectableField field, String value) {
		String v = value.strip();
		switch (field) {
			case TYPE:
				IncidentType type = repository.currentType(v).orElseThrow(() -> new PolicyViolation("kendali.error.jenis"));
				return type;
			case PRIORITY:
				Priority p = CallForm.parse(Priority.class, v);
				if (p == null) {
					throw new PolicyViolation("kendali.error.prioritas");
				}
				return p;
			case REPORTED_AT:
				try {
					Instant at = LocalDateTime.parse(v).atZone(views.zone()).toInstant();
					if (at.isAfter(clock.instant())) {
						throw new PolicyViolation("kendali.error.waktu-depan");
					}
					return at;
				}
				catch (DateTimeParseException ex) {
					throw new PolicyViolation("kendali.error.waktu");
				}
			case LOCATION:
				String[] parts = v.split("[,;\\s]+");
				Double lat = parts.length == 2 ? CallForm.parseDouble(parts[0]) : null;
				Double lon = parts.length == 2 ? CallForm.parseDouble(parts[1]) : null;
				if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
					throw new PolicyViolation("kendali.error.titik");
				}
				return new double[] { lat, lon };
			default:
				if (v.isEmpty() || v.length() > 2000) {
					throw new PolicyViolation("kendali.error.uraian");
				}
				return v;
		}
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new java.util.ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private static UnitStatus requireStatus(String status) {
		UnitStatus next = CallForm.parse(UnitStatus.class, status);
		if (next == null) {
			throw new PolicyViolation("kendali.status-required");
		}
		return next;
	}

	private String act(long incidentId, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		repository.incident(incidentId).orElseThrow(NotFound::new);
		return actTo("/staf/kendali/kejadian/" + incidentId, redirect, locale, doneKey, action);
	}

	private String actTo(String target, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		return StaffActionOutcome.runAndRedirect(target, doneKey, action, redirect, messages, locale);
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	static final class NotFound extends NoSuchElementException {

		private static final long serialVersionUID = 1L;
	}
}
