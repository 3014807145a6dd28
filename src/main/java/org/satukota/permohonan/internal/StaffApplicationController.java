package org.satukota.permohonan.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.satukota.account.CurrentUsers;
import org.satukota.berkas.FileStore;
import org.satukota.dokumen.Documents;
import org.satukota.dokumen.IssuedDocument;
import org.satukota.permohonan.ApplicationStatus;
import org.satukota.shared.StaffActionOutcome;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages: the inbox of the units one serves, an application's detail with its files, and the actions. */
@Controller
@RequestMapping("/staf/permohonan")
class StaffApplicationController {

	private final Processing processing;

	private final ApplicationRepository repository;

	private final ApplicationViews views;

	private final StaffAccess access;

	private final CurrentUsers currentUsers;

	private final FileStore files;

	private final Documents documents;

	private final MessageSource messages;

	StaffApplicationController(Processing processing, ApplicationRepository repository, ApplicationViews views,
			StaffAccess access, CurrentUsers currentUsers, FileStore files, Documents documents,
			MessageSource messages) {
		this.processing = processing;
		this.repository = repository;
		this.views = views;
		this.access = access;
		this.currentUsers = currentUsers;
		this.files = files;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping
	String inbox(@RequestParam(required = false) String status, Model model) {
		ApplicationStatus filter = parseStatus(status);
		model.addAttribute("inbox", views.inbox(currentUsers.require(), filter));
		model.addAttribute("statuses", java.util.Arrays.stream(ApplicationStatus.values())
			.filter(s -> s != ApplicationStatus.DRAFT)
			.toList());
		return "permohonan/staf-inbox";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Application app = visible(id);
		Optional<String> code = app.documentId() == null ? Optional.empty()
				: documents.find(app.documentId()).map(IssuedDocument::verificationCode);
		model.addAttribute("detail", views.detail(app, code));
		return "permohonan/staf-detail";
	}

	@GetMapping("/{id}/berkas/{requirementKey}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String requirementKey) {
		Application app = visible(id);
		AttachedFile file = repository.files(app.id())
			.stream()
			.filter(f -> f.requirementKey().equals(requirementKey))
			.findFirst()
			.orElseThrow(Filing.NotFound::new);
		return CitizenApplicationController.FileResponses.inline(file.originalName(), file.mediaType(),
				files.content(file.fileId()));
	}

	@GetMapping("/{id}/dokumen.pdf")
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		Application app = visible(id);
		if (app.documentId() == null) {
			throw new Filing.NotFound();
		}
		return CitizenApplicationController.FileResponses.inline(app.documentNumber() + ".pdf",
				MediaType.APPLICATION_PDF_VALUE, documents.pdf(app.documentId()));
	}

	@PostMapping("/{id}/teruskan")
	String forward(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "permohonan.done.forwarded", () -> processing.forward(id));
	}

	@PostMapping("/{id}/kembalikan")
	String returnForCorrection(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "permohonan.done.returned",
				() -> processing.returnForCorrection(id, FormInput.reasons(request)));
	}

	@PostMapping("/{id}/tolak")
	String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String alasan, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "permohonan.done.rejected", () -> processing.reject(id, alasan));
	}

	@PostMapping("/{id}/pemeriksaan")
	String inspection(@PathVariable UUID id, @RequestParam(defaultValue = "") String catatan,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "permohonan.done.inspected", () -> processing.recordInspection(id, catatan));
	}

	@PostMapping("/{id}/komitmen")
	String komitmen(@PathVariable UUID id, @RequestParam(defaultValue = "") String catatan,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "permohonan.done.komitmen", () -> processing.confirmKomitmen(id, catatan));
	}

	@PostMapping("/{id}/setujui")
	String approve(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "permohonan.done.approved", () -> processing.approve(id));
	}

	@ExceptionHandler(Filing.NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	private String act(UUID id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		return StaffActionOutcome.runAndRedirect("/staf/permohonan/" + id, doneKey, action, redirect, messages, locale);
	}

	private Application visible(UUID id) {
		return repository.find(id).filter(access::canView).orElseThrow(Filing.NotFound::new);
	}

	private static ApplicationStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			ApplicationStatus parsed = ApplicationStatus.valueOf(status.toUpperCase(Locale.ROOT));
			return parsed == ApplicationStatus.DRAFT ? null : parsed;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
