package org.satukota.dataset.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.shared.UpdateFrequency;
import org.satukota.shared.StaffActionOutcome;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pengelola data's pages: their datasets, defining one, filling it (form or CSV) and publishing it. */
@Controller
@RequestMapping("/staf/data")
class StaffDataController {

	static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

	static final int RECENT_ROWS = 25;

	private final DatasetEditing editing;

	private final DatasetRepository repository;

	private final StaffScope scope;

	private final DatasetViews views;

	private final MessageSource messages;

	StaffDataController(DatasetEditing editing, DatasetRepository repository, StaffScope scope, DatasetViews views,
			MessageSource messages) {
		this.editing = editing;
		this.repository = repository;
		this.scope = scope;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		List<Dataset> mine = repository.ofUnits(scope.ownerUnitIds()).stream().filter(d -> !d.system()).toList();
		model.addAttribute("datasets", views.cards(mine, locale));
		model.addAttribute("canDefine", !scope.ownerUnits().isEmpty());
		return "dataset/staf-list";
	}

	@GetMapping("/baru")
	String newForm(Model model) {
		DefinitionForm form = new DefinitionForm();
		List<org.satukota.directory.UnitView> owners = scope.ownerUnits();
		if (owners.isEmpty()) {
			throw new DatasetEditing.NotFound();
		}
		form.setOwnerUnitId(owners.get(0).id());
		return definitionPage(model, form.withBlankColumns(), null, Map.of(), false);
	}

	@PostMapping
	String define(@ModelAttribute("form") DefinitionForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			Dataset d = editing.define(form);
			redirect.addFlashAttribute("flash", messages.getMessage("dataset.done.defined", null, locale));
			return "redirect:/staf/data/" + d.id();
		}
		catch (InvalidInput invalid) {
			return definitionPage(model, form.withBlankColumns(), null, fieldErrors(invalid, locale), false);
		}
	}

	@GetMapping("/{id}/ubah")
	String editForm(@PathVariable long id, Model model) {
		Dataset d = editing.managed(id, false);
		DefinitionForm form = DefinitionForm.of(d);
		return definitionPage(model, d.revision() > 0 ? form : form.withBlankColumns(), d, Map.of(),
				d.revision() > 0);
	}

	@PostMapping("/{id}/ubah")
	String redefine(@PathVariable long id, @ModelAttribute("form") DefinitionForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		Dataset d = editing.managed(id, false);
		try {
			editing.redefine(id, form);
			redirect.addFlashAttribute("flash", messages.getMessage("dataset.done.redefined", null, locale));
			return "redirect:/staf/data/" + id;
		}
		catch (InvalidInput invalid) {
			DefinitionForm shown = d.revision() > 0 ? withColumnsOf(form, d) : form.withBlankColumns();
			return definitionPage(model, shown, d, fieldErrors(invalid, locale), d.revision() > 0);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model, Locale locale) {
		Dataset d = editing.managed(id, false);
		return detailPage(model, d, locale);
	}

	@PostMapping("/{id}/unggah")
	String upload(@PathVariable long id, @RequestParam(name = "berkas", required = false) MultipartFile file,
			@RequestParam(name = "mode", defaultValue = "REPLACE") String mode, Model model,
			RedirectAttributes redirect, Locale locale) throws IOException {
		Dataset d = editing.managed(id, false);
		DatasetEditing.UploadMode uploadMode = "APPEND".equals(mode) ? DatasetEditing.UploadMode.APPEND
				: DatasetEditing.UploadMode.REPLACE;
		String refused = null;
		if (file == null || file.isEmpty()) {
			refused = "dataset.upload.no-file";
		}
		else if (file.getSize() > MAX_UPLOAD_BYTES) {
			refused = "dataset.upload.too-large";
		}
		if (refused != null) {
			model.addAttribute("uploadProblems", List.of(messages.getMessage(refused, null, locale)));
			model.addAttribute("uploadProblemCount", 1);
			return detailPage(model, d, locale);
		}
		try {
			Dataset updated = editing.upload(id, file.getBytes(), uploadMode,
					file.getOriginalFilename() == null ? "berkas.csv" : file.getOriginalFilename());
			redirect.addFlashAttribute("flash",
					messages.getMessage("dataset.done.uploaded", new Object[] { updated.rowCount(), updated.revision() },
							locale));
			return "redirect:/staf/data/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("uploadProblems",
					invalid.problems().stream().map(p -> p.message(messages, locale)).toList());
			model.addAttribute("uploadProblemCount", invalid.count());
			model.addAttribute("uploadMode", uploadMode.name());
			return detailPage(model, d, locale);
		}
	}

	@PostMapping("/{id}/baris")
	String addRow(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect, Locale locale) {
		Dataset d = editing.managed(id, false);
		Map<String, String> values = new LinkedHashMap<>();
		d.columns().forEach(c -> values.put(c.name(), params.getOrDefault("sel_" + c.name(), "")));
		try {
			editing.addRow(id, values);
			redirect.addFlashAttribute("flash", messages.getMessage("dataset.done.row-added", null, locale));
			return "redirect:/staf/data/" + id;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("rowErrors", fieldErrors(invalid, locale));
			model.addAttribute("rowValues", values);
			return detailPage(model, d, locale);
		}
	}

	@PostMapping("/{id}/baris/{rowId}/hapus")
	String removeRow(@PathVariable long id, @PathVariable long rowId, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "dataset.done.row-removed", () -> editing.removeRow(id, rowId));
	}

	@PostMapping("/{id}/terbitkan")
	String publish(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "dataset.done.published", () -> editing.publish(id));
	}

	@PostMapping("/{id}/tarik")
	String unpublish(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "dataset.done.unpublished", () -> editing.unpublish(id));
	}

	@ExceptionHandler(DatasetEditing.NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	private String act(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		return StaffActionOutcome.runAndRedirect("/staf/data/" + id, doneKey, action, redirect, messages, locale);
	}

	private String detailPage(Model model, Dataset d, Locale locale) {
		String sort = d.chart() == null ? null : d.chart().timeColumn();
		model.addAttribute("d", d);
		model.addAttribute("unitName", views.unitName(d.ownerUnitId()));
		model.addAttribute("updated", views.dateTime(d.updatedAt(), locale));
		model.addAttribute("late", views.late(d));
		model.addAttribute("due", views.date(d.dueAt(views.zone()), locale));
		model.addAttribute("licence", Licence.of(d.licence()));
		model.addAttribute("rows", repository.currentRows(d.id(), sort, 0, RECENT_ROWS)
			.stream()
			.map(r -> new ShownRow(r.id(), DatasetViews.texts(d, r.cells())))
			.toList());
		model.addAttribute("revisions", repository.revisions(d.id(), 20)
			.stream()
			.map(r -> new ShownRevision(r.revision(), views.dateTime(r.createdAt(), locale), r.actor(), r.change(),
					r.rowCount(), r.note()))
			.toList());
		if (!model.containsAttribute("rowErrors")) {
			model.addAttribute("rowErrors", Map.of());
			model.addAttribute("rowValues", Map.of());
		}
		if (!model.containsAttribute("uploadMode")) {
			model.addAttribute("uploadMode", "REPLACE");
		}
		return "dataset/staf-detail";
	}

	/** A row as the staff table shows it. */
	record ShownRow(long id, List<String> cells) {
	}

	/** A revision log entry as shown. */
	record ShownRevision(int revision, String at, String actor, String change, int rowCount, String note) {
	}

	private String definitionPage(Model model, DefinitionForm form, Dataset existing, Map<String, String> errors,
			boolean columnsLocked) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("errors", errors);
		model.addAttribute("columnsLocked", columnsLocked);
		model.addAttribute("ownerUnits", scope.ownerUnits());
		model.addAttribute("licences", Licence.ALL);
		model.addAttribute("frequencies", Arrays.asList(UpdateFrequency.values()));
		model.addAttribute("columnTypes", Arrays.asList(ColumnType.values()));
		return "dataset/staf-form";
	}

	private static DefinitionForm withColumnsOf(DefinitionForm form, Dataset d) {
		DefinitionForm stored = DefinitionForm.of(d);
		form.setColumns(stored.getColumns());
		return form;
	}

	private Map<String, String> fieldErrors(InvalidInput invalid, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Problem p : invalid.problems()) {
			errors.putIfAbsent(p.column(), p.message(messages, locale));
		}
		return errors;
	}
}
