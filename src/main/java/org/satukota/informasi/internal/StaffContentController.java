package org.satukota.informasi.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.account.RoleScopePolicy;
import org.satukota.berkas.Upload;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.PolicyViolation;
import org.satukota.shared.UpdateFrequency;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /staf/konten}: the pengelola data's own portal items (those of the units their grants cover), the editing
 * form, publishing and withdrawing, and the link checker's findings.
 */
@Controller
class StaffContentController {

	private final ContentRepository repository;

	private final ContentEditing editing;

	private final ContentViews views;

	private final LinkProblems problems;

	private final CurrentUsers users;

	private final RoleScopePolicy scope;

	private final Units units;

	private final MessageSource messages;

	StaffContentController(ContentRepository repository, ContentEditing editing, ContentViews views,
			LinkProblems problems, CurrentUsers users, RoleScopePolicy scope, Units units, MessageSource messages) {
		this.repository = repository;
		this.editing = editing;
		this.views = views;
		this.problems = problems;
		this.users = users;
		this.scope = scope;
		this.units = units;
		this.messages = messages;
	}

	/** The units the signed-in pengelola data may edit content of; refused when there are none. */
	private List<UnitView> ownUnits() {
		CurrentUser user = users.require();
		List<UnitView> covered = scope.unitsCovered(user.grants(), Role.PENGELOLA_DATA);
		if (covered.isEmpty()) {
			throw new AccessDeniedException("not a pengelola data");
		}
		return covered;
	}

	private static Set<Long> ids(List<UnitView> units) {
		return units.stream().map(UnitView::id).collect(Collectors.toSet());
	}

	@GetMapping("/staf/konten")
	String list(Model model, Locale locale) {
		List<UnitView> own = ownUnits();
		model.addAttribute("items", views.views(repository.ofUnits(ids(own)), locale));
		model.addAttribute("problemCount", problems.ofUnits(ids(own)).size());
		return "informasi/staf-list";
	}

	@GetMapping("/staf/konten/tautan")
	String links(Model model, Locale locale) {
		List<UnitView> own = ownUnits();
		model.addAttribute("problems", problems.ofUnits(ids(own)));
		model.addAttribute("unitNames", own.stream().collect(Collectors.toMap(UnitView::id, UnitView::name)));
		return "informasi/staf-tautan";
	}

	@GetMapping("/staf/konten/baru")
	String newForm(@RequestParam(name = "jenis", required = false) String kind, Model model) {
		List<UnitView> own = ownUnits();
		ContentForm form = new ContentForm();
		if (kind != null && Arrays.stream(ContentKind.values()).anyMatch(k -> k.name().equals(kind))) {
			form.setKind(kind);
		}
		form.setUnitId(own.get(0).id());
		return form(model, form, own, null, Map.of());
	}

	@PostMapping("/staf/konten/baru")
	String create(@ModelAttribute("form") ContentForm form, @RequestParam(name = "image", required = false) MultipartFile image,
			@RequestParam(name = "attachment", required = false) MultipartFile attachment,
			@RequestParam(name = "publish", required = false) String publish, Model model, Locale locale,
			RedirectAttributes redirect) {
		List<UnitView> own = ownUnits();
		ContentForm.Checked checked = form.check(zone());
		Map<String, String> errors = new LinkedHashMap<>(checked.errors());
		if (form.getUnitId() != null && !ids(own).contains(form.getUnitId())) {
			errors.put("unitId", "informasi.form.unit.required");
		}
		if (!errors.isEmpty()) {
			return invalid(model, form, own, null, errors, locale);
		}
		try {
			long id = editing.create(checked.kind(), form.getUnitId(), checked.details(), uploads(image, attachment),
					publish != null);
			redirect.addFlashAttribute("flash", text(publish != null ? "informasi.staf.published" : "informasi.staf.saved",
					locale));
			return "redirect:/staf/konten/" + id;
		}
		catch (ContentEditing.UploadRefused refused) {
			return invalid(model, form, own, null, Map.of(refused.field(), refused.violation().code()), locale,
					refused.violation().args());
		}
		catch (PolicyViolation violation) {
			return invalid(model, form, own, null, Map.of("content", violation.code()), locale, violation.args());
		}
	}

	@GetMapping("/staf/konten/{id}")
	String edit(@PathVariable String id, Model model) {
		List<UnitView> own = ownUnits();
		Content content = owned(id, own);
		return form(model, ContentForm.of(content, zone()), own, content, Map.of());
	}

	@PostMapping("/staf/konten/{id}")
	String save(@PathVariable String id, @ModelAttribute("form") ContentForm form,
			@RequestParam(name = "image", required = false) MultipartFile image,
			@RequestParam(name = "attachment", required = false) MultipartFile attachment,
			@RequestParam(name = "publish", required = false) String publish, Model model, Locale locale,
			RedirectAttributes redirect) {
		List<UnitView> own = ownUnits();
		Content content = owned(id, own);
		// Kind and owner are fixed once created: the public address depends on the kind.
		form.setKind(content.kind().name());
		form.setUnitId(content.unitId());
		ContentForm.Checked checked = form.check(zone());
		if (!checked.errors().isEmpty()) {
			return invalid(model, form, own, content, checked.errors(), locale);
		}
		try {
			editing.update(content.id(), checked.details(), uploads(image, attachment), publish != null);
			redirect.addFlashAttribute("flash", text(publish != null ? "informasi.staf.published" : "informasi.staf.saved",
					locale));
			return "redirect:/staf/konten/" + content.id();
		}
		catch (ContentEditing.UploadRefused refused) {
			return invalid(model, form, own, content, Map.of(refused.field(), refused.violation().code()), locale,
					refused.violation().args());
		}
		catch (PolicyViolation violation) {
			return invalid(model, form, own, content, Map.of("content", violation.code()), locale, violation.args());
		}
	}

	@PostMapping("/staf/konten/{id}/terbitkan")
	String publish(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
		List<UnitView> own = ownUnits();
		Content content = owned(id, own);
		try {
			editing.publish(content.id());
		}
		catch (PolicyViolation violation) {
			return invalid(model, ContentForm.of(content, zone()), own, content, Map.of("content", violation.code()),
					locale, violation.args());
		}
		redirect.addFlashAttribute("flash", text("informasi.staf.published", locale));
		return "redirect:/staf/konten/" + content.id();
	}

	@PostMapping("/staf/konten/{id}/tarik")
	String withdraw(@PathVariable String id, Locale locale, RedirectAttributes redirect) {
		Content content = owned(id, ownUnits());
		editing.withdraw(content.id());
		redirect.addFlashAttribute("flash", text("informasi.staf.withdrawn", locale));
		return "redirect:/staf/konten/" + content.id();
	}

	private Content owned(String id, List<UnitView> own) {
		try {
			return repository.find(Long.parseLong(id))
				.filter(c -> ids(own).contains(c.unitId()))
				.orElseThrow(() -> new ContentNotFound(id));
		}
		catch (NumberFormatException ex) {
			throw new ContentNotFound(id);
		}
	}

	private String invalid(Model model, ContentForm form, List<UnitView> own, Content content,
			Map<String, String> errorKeys, Locale locale, Object... args) {
		Map<String, String> errors = new LinkedHashMap<>();
		errorKeys.forEach((field, key) -> errors.put(field, messages.getMessage(key, args, key, locale)));
		return form(model, form, own, content, errors);
	}

	private String form(Model model, ContentForm form, List<UnitView> own, Content content, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("units", own);
		model.addAttribute("kinds", ContentKind.values());
		model.addAttribute("frequencies", UpdateFrequency.values());
		model.addAttribute("content", content == null ? null : views.view(content, LocaleContextHolder.getLocale()));
		model.addAttribute("errors", errors);
		return "informasi/staf-form";
	}

	private ContentEditing.Files uploads(MultipartFile image, MultipartFile attachment) {
		return new ContentEditing.Files(upload(image), upload(attachment));
	}

	private static Upload upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new Upload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ZoneId zone() {
		return units.cityProfile().zone();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
