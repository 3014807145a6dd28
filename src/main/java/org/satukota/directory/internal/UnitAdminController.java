package org.satukota.directory.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.directory.UnitType;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/unit}: the city's units for administrators (the area itself is restricted to ROLE_ADMIN). */
@Controller
@RequestMapping("/admin/unit")
class UnitAdminController {

	/** Which form field a refusal belongs next to; anything else is shown above the form. */
	private static final Map<String, String> FIELD_OF = Map.ofEntries(
			Map.entry("directory.form.type-required", "type"), Map.entry("directory.type-not-allowed", "type"),
			Map.entry("directory.form.parent-required", "parentId"),
			Map.entry("directory.parent-type-mismatch", "parentId"), Map.entry("directory.parent-retired", "parentId"),
			Map.entry("directory.form.code-required", "code"), Map.entry("directory.code-invalid-opd", "code"),
			Map.entry("directory.code-outside-parent", "code"), Map.entry("directory.duplicate-code", "code"));

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm");

	private static final List<UnitType> CREATABLE = List.of(UnitType.OPD, UnitType.KECAMATAN, UnitType.KELURAHAN,
			UnitType.DESA);

	private final JdbcUnits units;

	private final UnitAdministration administration;

	private final MessageSource messages;

	UnitAdminController(JdbcUnits units, UnitAdministration administration, MessageSource messages) {
		this.units = units;
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		List<UnitRow> all = units.allUnits().stream().map(UnitRow::of).toList();
		UnitRow city = all.get(0);
		List<UnitRow> opds = new ArrayList<>();
		List<UnitGroup<UnitRow>> kecamatan = new ArrayList<>();
		for (UnitRow unit : all) {
			if (unit.type() == UnitType.OPD) {
				opds.add(unit);
			}
			else if (unit.type() == UnitType.KECAMATAN) {
				kecamatan.add(new UnitGroup<>(unit, new ArrayList<>()));
			}
			else if ((unit.type() == UnitType.KELURAHAN || unit.type() == UnitType.DESA) && !kecamatan.isEmpty()) {
				kecamatan.get(kecamatan.size() - 1).members().add(unit);
			}
		}
		model.addAttribute("city", city);
		model.addAttribute("profile", units.cityProfile());
		model.addAttribute("opds", opds);
		model.addAttribute("kecamatan", kecamatan);
		return "directory/admin-list";
	}

	@GetMapping("/baru")
	String newUnit(@ModelAttribute("unitForm") UnitForm form, Model model) {
		if (form.getType() == null) {
			form.setType(UnitType.OPD);
		}
		if (form.getOpeningHours() == null) {
			form.setOpeningHours(SeedPlan.DEFAULT_OPENING_HOURS);
		}
		return createForm(model);
	}

	@PostMapping
	String create(@ModelAttribute("unitForm") UnitForm form, BindingResult errors, Model model,
			Authentication authentication, RedirectAttributes redirect, Locale locale) {
		if (errors.hasErrors()) {
			return createForm(model);
		}
		checkDetails(form, errors);
		if (form.getType() == null) {
			errors.rejectValue("type", "directory.form.type-required");
		}
		if (form.getParentId() == null) {
			errors.rejectValue("parentId", "directory.form.parent-required");
		}
		if (UnitRules.blankToNull(form.getCode()) == null) {
			errors.rejectValue("code", "directory.form.code-required");
		}
		if (errors.hasErrors()) {
			return createForm(model);
		}
		try {
			long id = administration.create(form.getType(), form.getParentId(), form.getCode(), form.details(),
					actor(authentication));
			redirect.addFlashAttribute("flash", messages.getMessage("directory.flash.created",
					new Object[] { form.getName().strip() }, locale));
			return "redirect:/admin/unit#unit-" + id;
		}
		catch (PolicyViolation refusal) {
			reject(errors, refusal);
			return createForm(model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable String id, Model model) {
		UnitRow unit = load(id);
		model.addAttribute("unitForm", UnitForm.of(unit));
		return editForm(unit, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @ModelAttribute("unitForm") UnitForm form, BindingResult errors, Model model,
			Authentication authentication, RedirectAttributes redirect, Locale locale) {
		UnitRow unit = load(id);
		checkDetails(form, errors);
		if (errors.hasErrors()) {
			return editForm(unit, model);
		}
		try {
			administration.update(unit.id(), form.details(), actor(authentication));
		}
		catch (PolicyViolation refusal) {
			reject(errors, refusal);
			return editForm(unit, model);
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("directory.flash.updated", new Object[] { form.getName().strip() }, locale));
		return "redirect:/admin/unit/" + unit.id();
	}

	@PostMapping("/{id}/nonaktifkan")
	String retire(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason, Model model,
			Authentication authentication, RedirectAttributes redirect, Locale locale) {
		UnitRow unit = load(id);
		try {
			administration.retire(unit.id(), reason, actor(authentication));
		}
		catch (PolicyViolation refusal) {
			return refusedOnEditPage(unit, refusal, reason, model, locale);
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("directory.flash.retired", new Object[] { unit.name() }, locale));
		return "redirect:/admin/unit/" + unit.id();
	}

	@PostMapping("/{id}/aktifkan")
	String reactivate(@PathVariable String id, Model model, Authentication authentication,
			RedirectAttributes redirect, Locale locale) {
		UnitRow unit = load(id);
		try {
			administration.reactivate(unit.id(), actor(authentication));
		}
		catch (PolicyViolation refusal) {
			return refusedOnEditPage(unit, refusal, null, model, locale);
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("directory.flash.reactivated", new Object[] { unit.name() }, locale));
		return "redirect:/admin/unit/" + unit.id();
	}

	private String refusedOnEditPage(UnitRow unit, PolicyViolation refusal, String reason, Model model,
			Locale locale) {
		model.addAttribute("unitForm", UnitForm.of(unit));
		String message = messages.getMessage(refusal.code(), refusal.args(), refusal.code(), locale);
		boolean aboutReason = refusal.code().startsWith("directory.form.");
		model.addAttribute(aboutReason ? "reasonError" : "statusError", message);
		model.addAttribute("reason", reason);
		return editForm(unit, model);
	}

	private String createForm(Model model) {
		List<ParentOption> parents = new ArrayList<>();
		for (UnitRow unit : units.allUnits().stream().map(UnitRow::of).toList()) {
			if (unit.active() && (unit.type() == UnitType.KOTA || unit.type() == UnitType.KECAMATAN)) {
				parents.add(new ParentOption(unit.id(), unit.name() + " (" + unit.code() + ")"));
			}
		}
		model.addAttribute("types", CREATABLE);
		model.addAttribute("parents", parents);
		model.addAttribute("cityCode", units.cityProfile().code());
		return "directory/admin-new";
	}

	private String editForm(UnitRow unit, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("retiredAt", unit.retiredAt() == null ? null
				: WHEN.withLocale(LocaleContextHolder.getLocale())
					.format(unit.retiredAt().atZone(units.cityProfile().zone())));
		model.addAttribute("parent",
				unit.parentId() == null ? null : units.find(unit.parentId()).orElse(null));
		return "directory/admin-edit";
	}

	private UnitRow load(String id) {
		try {
			return units.unit(Long.parseLong(id))
				.map(UnitRow::of)
				.orElseThrow(() -> new UnitNotFound(id));
		}
		catch (NumberFormatException ex) {
			throw new UnitNotFound(id);
		}
	}

	private static void checkDetails(UnitForm form, BindingResult errors) {
		UnitRules.checkDetails(UnitRules.clean(form.details()))
			.forEach((field, code) -> errors.rejectValue(field, code));
	}

	private static void reject(BindingResult errors, PolicyViolation refusal) {
		String field = FIELD_OF.get(refusal.code());
		if (field != null) {
			errors.rejectValue(field, refusal.code(), refusal.args(), refusal.code());
		}
		else {
			errors.reject(refusal.code(), refusal.args(), refusal.code());
		}
	}

	private Actor actor(Authentication authentication) {
		return new Actor(authentication.getName(), "ADMIN", units.cityUnitId());
	}
}
