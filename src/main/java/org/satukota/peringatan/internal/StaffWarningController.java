package org.satukota.peringatan.internal;

import java.util.List;
import java.util.Locale;

import org.satukota.directory.UnitView;
import org.satukota.shared.PolicyViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages to compose, publish, update and cancel public warnings (operators 112 and pimpinan). */
@Controller
@RequestMapping("/staf/peringatan")
class StaffWarningController {

	private final WarningDesk desk;

	private final WarningRules rules;

	private final AlertRepository alerts;

	private final WarningViews views;

	private final WarningStaff staff;

	private final MessageSource messages;

	private final String mapCenter;

	StaffWarningController(WarningDesk desk, WarningRules rules, AlertRepository alerts, WarningViews views,
			WarningStaff staff, MessageSource messages,
			@Value("${satukota.peringatan.map-center:-2.9761,104.7754}") String mapCenter) {
		this.mapCenter = mapCenter;
		this.desk = desk;
		this.rules = rules;
		this.alerts = alerts;
		this.views = views;
		this.staff = staff;
		this.messages = messages;
	}

	@ModelAttribute
	void onlyPublishers() {
		staff.requireAllowed();
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.addAttribute("warnings",
				alerts.latestOfEachWarning(200).stream().map(a -> views.view(a, a, locale)).toList());
		return "peringatan/staf-daftar";
	}

	@GetMapping("/baru")
	String compose(Model model) {
		return form(new WarningForm(), null, model);
	}

	@PostMapping("/baru")
	String publish(@ModelAttribute("form") WarningForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		WarningDraft draft = rules.check(form, errors);
		if (draft == null) {
			return form(form, null, model);
		}
		StoredAlert published = desk.publish(draft, staff.actor());
		redirect.addFlashAttribute("flash", message("peringatan.done.published", locale, published.identifier()));
		return "redirect:/staf/peringatan/" + published.identifier();
	}

	@GetMapping("/{identifier}")
	String detail(@PathVariable String identifier, Model model, Locale locale) {
		StoredAlert message = alerts.find(identifier).orElseThrow(WarningNotFound::new);
		List<StoredAlert> chain = alerts.chain(message.rootIdentifier());
		StoredAlert latest = alerts.find(chain.get(chain.size() - 1).identifier()).orElseThrow();
		model.addAttribute("warning", views.view(message, latest, locale));
		model.addAttribute("chain", chain.stream().map(m -> views.view(m, latest, locale)).toList());
		model.addAttribute("canFollow", !latest.isCancel() && latest.identifier().equals(identifier));
		return "peringatan/staf-detail";
	}

	@GetMapping("/{identifier}/perbarui")
	String updateForm(@PathVariable String identifier, Model model) {
		StoredAlert message = alerts.find(identifier).orElseThrow(WarningNotFound::new);
		List<Long> kelurahan = rules.kelurahanChoices()
			.stream()
			.filter(k -> message.areas()
				.stream()
				.flatMap(a -> a.geocodes().stream())
				.anyMatch(g -> g.value().equals(k.code())))
			.map(UnitView::id)
			.toList();
		return form(WarningForm.of(message, kelurahan, rules.zone()), identifier, model);
	}

	@PostMapping("/{identifier}/perbarui")
	String update(@PathVariable String identifier, @ModelAttribute("form") WarningForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		alerts.find(identifier).orElseThrow(WarningNotFound::new);
		WarningDraft draft = rules.check(form, errors);
		if (draft == null) {
			return form(form, identifier, model);
		}
		try {
			StoredAlert published = desk.update(identifier, draft, staff.actor());
			redirect.addFlashAttribute("flash", message("peringatan.done.updated", locale, published.identifier()));
			return "redirect:/staf/peringatan/" + published.identifier();
		}
		catch (PolicyViolation refused) {
			redirect.addFlashAttribute("actionError", message(refused.code(), locale, refused.args()));
			return "redirect:/staf/peringatan/" + identifier;
		}
	}

	@PostMapping("/{identifier}/batalkan")
	String cancel(@PathVariable String identifier, @RequestParam(defaultValue = "") String alasan,
			RedirectAttributes redirect, Locale locale) {
		alerts.find(identifier).orElseThrow(WarningNotFound::new);
		try {
			StoredAlert published = desk.cancel(identifier, alasan, staff.actor());
			redirect.addFlashAttribute("flash", message("peringatan.done.cancelled", locale, published.identifier()));
			return "redirect:/staf/peringatan/" + published.identifier();
		}
		catch (PolicyViolation refused) {
			redirect.addFlashAttribute("actionError", message(refused.code(), locale, refused.args()));
			return "redirect:/staf/peringatan/" + identifier;
		}
	}

	@ExceptionHandler(WarningNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	private String form(WarningForm form, String target, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("target", target);
		model.addAttribute("kelurahanChoices", rules.kelurahanChoices());
		model.addAttribute("categories", Cap.CATEGORIES);
		model.addAttribute("urgencies", Cap.URGENCIES);
		model.addAttribute("severities", Cap.SEVERITIES);
		model.addAttribute("certainties", Cap.CERTAINTIES);
		model.addAttribute("zoneName", WarningViews.zoneName(rules.zone()));
		model.addAttribute("mapCenter", mapCenter);
		return "peringatan/staf-form";
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}
}
