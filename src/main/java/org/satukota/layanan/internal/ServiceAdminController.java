package org.satukota.layanan.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.StepKind;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.MessageSource;
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

/**
 * {@code /admin/layanan}: the service type editor (the area is restricted to ROLE_ADMIN). Every save publishes a new
 * version; nothing is saved when anything is wrong.
 */
@Controller
@RequestMapping("/admin/layanan")
class ServiceAdminController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm");

	private final ServiceRepository repository;

	private final ServicePublishing publishing;

	private final Units units;

	private final MessageSource messages;

	ServiceAdminController(ServiceRepository repository, ServicePublishing publishing, Units units,
			MessageSource messages) {
		this.repository = repository;
		this.publishing = publishing;
		this.units = units;
		this.messages = messages;
	}

	/** A line of the list. */
	record Row(String code, String name, int version, IssuerKind issuerKind, String issuerOpdCode, boolean active) {
	}

	/** A line of the version history. */
	record HistoryRow(long id, int version, String name, String publishedAt, String publishedBy) {
	}

	@GetMapping
	String list(Model model) {
		List<Row> rows = repository.allTypes().stream().flatMap(type -> repository.latestVersion(type.code()).stream()
			.map(v -> new Row(type.code(), v.definition().name(), v.version(), v.definition().issuerKind(),
					v.definition().issuerOpdCode(), type.active())))
			.sorted(java.util.Comparator.comparing(Row::name))
			.toList();
		model.addAttribute("rows", rows);
		return "layanan/admin-list";
	}

	@GetMapping("/baru")
	String newService(Model model) {
		ServiceForm form = ServiceForm.blank();
		form.withEmptyRows();
		model.addAttribute("serviceForm", form);
		return editor(model, null);
	}

	@PostMapping
	String create(@ModelAttribute("serviceForm") ServiceForm form, BindingResult errors,
			@RequestParam(name = "tambah", required = false) String addRow, Model model,
			Authentication authentication, RedirectAttributes redirect, Locale locale) {
		if (addRow != null) {
			form.addRow(addRow);
			return editor(model, null);
		}
		form.setCode(ServiceForm.strip(form.getCode()));
		form.compact();
		Map<String, String> problems = new LinkedHashMap<>();
		DefinitionRules.checkCode(form.getCode(), problems);
		ServiceDefinition definition = form.toDefinition(problems);
		problems = ServiceForm.merge(problems, publishing.problems(definition));
		if (problems.isEmpty() && repository.findType(form.getCode()).isPresent()) {
			problems.put("code", "layanan.editor.code-taken");
		}
		if (!problems.isEmpty()) {
			return rejected(form, errors, problems, model, null);
		}
		try {
			publishing.create(form.getCode(), definition, actor(authentication));
		}
		catch (ServicePublishing.InvalidDefinition invalid) {
			return rejected(form, errors, invalid.problems(), model, null);
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("layanan.flash.created", new Object[] { definition.name() }, locale));
		return "redirect:/admin/layanan/" + form.getCode();
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		var current = repository.latestVersion(code).orElseThrow(() -> new ServiceNotFound(code));
		ServiceForm form = ServiceForm.of(code, current.definition());
		form.withEmptyRows();
		model.addAttribute("serviceForm", form);
		return editor(model, code);
	}

	@PostMapping("/{code}")
	String publish(@PathVariable String code, @ModelAttribute("serviceForm") ServiceForm form, BindingResult errors,
			@RequestParam(name = "tambah", required = false) String addRow, Model model,
			Authentication authentication, RedirectAttributes redirect, Locale locale) {
		repository.findType(code).orElseThrow(() -> new ServiceNotFound(code));
		form.setCode(code);
		if (addRow != null) {
			form.addRow(addRow);
			return editor(model, code);
		}
		form.compact();
		Map<String, String> problems = new LinkedHashMap<>();
		ServiceDefinition definition = form.toDefinition(problems);
		problems = ServiceForm.merge(problems, publishing.problems(definition));
		if (!problems.isEmpty()) {
			return rejected(form, errors, problems, model, code);
		}
		try {
			publishing.publish(code, definition, actor(authentication));
		}
		catch (ServicePublishing.InvalidDefinition invalid) {
			return rejected(form, errors, invalid.problems(), model, code);
		}
		int version = repository.findType(code).orElseThrow().currentVersion();
		redirect.addFlashAttribute("flash", messages.getMessage("layanan.flash.published",
				new Object[] { definition.name(), version }, locale));
		return "redirect:/admin/layanan/" + code;
	}

	@PostMapping("/{code}/pensiunkan")
	String retire(@PathVariable String code, @RequestParam(name = "reason", required = false) String reason,
			Model model, Authentication authentication, RedirectAttributes redirect, Locale locale) {
		var current = repository.latestVersion(code).orElseThrow(() -> new ServiceNotFound(code));
		try {
			publishing.retire(code, reason, actor(authentication));
		}
		catch (PolicyViolation refusal) {
			ServiceForm form = ServiceForm.of(code, current.definition());
			form.withEmptyRows();
			model.addAttribute("serviceForm", form);
			model.addAttribute("reason", reason);
			model.addAttribute("reasonError",
					messages.getMessage(refusal.code(), refusal.args(), refusal.code(), locale));
			return editor(model, code);
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("layanan.flash.retired", new Object[] { current.definition().name() }, locale));
		return "redirect:/admin/layanan/" + code;
	}

	@PostMapping("/{code}/aktifkan")
	String reactivate(@PathVariable String code, Authentication authentication, RedirectAttributes redirect,
			Locale locale) {
		var current = repository.latestVersion(code).orElseThrow(() -> new ServiceNotFound(code));
		publishing.reactivate(code, actor(authentication));
		redirect.addFlashAttribute("flash", messages.getMessage("layanan.flash.reactivated",
				new Object[] { current.definition().name() }, locale));
		return "redirect:/admin/layanan/" + code;
	}

	private String rejected(ServiceForm form, BindingResult errors, Map<String, String> problems, Model model,
			String code) {
		problems.forEach((path, message) -> {
			if (path.equals("workflow")) {
				model.addAttribute("workflowError", message);
				errors.reject(message);
			}
			else {
				errors.rejectValue(path, message);
			}
		});
		form.withEmptyRows();
		return editor(model, code);
	}

	private String editor(Model model, String code) {
		model.addAttribute("code", code);
		model.addAttribute("issuerKinds", IssuerKind.values());
		model.addAttribute("fieldTypes", FieldType.values());
		model.addAttribute("stepKinds", StepKind.values());
		model.addAttribute("roles", List.of(Role.PETUGAS_LAYANAN, Role.PETUGAS_LAPANGAN, Role.PEJABAT_PENANDATANGAN));
		model.addAttribute("mediaTypes", List.of("application/pdf", "image/jpeg", "image/png"));
		model.addAttribute("opds",
				units.activeUnits().stream().filter(unit -> unit.type() == UnitType.OPD).map(UnitView::code).toList());
		if (code != null) {
			var type = repository.findType(code).orElseThrow(() -> new ServiceNotFound(code));
			model.addAttribute("type", type);
			model.addAttribute("retiredAt", type.retiredAt() == null ? null
					: WHEN.format(type.retiredAt().atZone(units.cityProfile().zone())));
			model.addAttribute("history", repository.history(code)
				.stream()
				.map(v -> new HistoryRow(v.id(), v.version(), v.definition().name(),
						WHEN.format(v.publishedAt().atZone(units.cityProfile().zone())), v.publishedBy()))
				.toList());
		}
		return "layanan/admin-form";
	}

	private Actor actor(Authentication authentication) {
		return new Actor(authentication.getName(), Role.ADMIN.name(), units.city().id());
	}
}
