package org.satukota.permohonan.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.satukota.account.Accounts;
import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Nik;
import org.satukota.berkas.FileStore;
import org.satukota.dokumen.Documents;
import org.satukota.dokumen.IssuedDocument;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.permohonan.ApplicationStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** The citizen's pages: list, apply (draft and submit), follow, correct, download. */
@Controller
@RequestMapping("/warga/permohonan")
class CitizenApplicationController {

	private final Filing filing;

	private final ApplicationRepository repository;

	private final ApplicationViews views;

	private final ServiceCatalog catalog;

	private final IssuingUnits issuingUnits;

	private final CurrentUsers currentUsers;

	private final Accounts accounts;

	private final FileStore files;

	private final Documents documents;

	private final SurveyLinks surveys;

	CitizenApplicationController(Filing filing, ApplicationRepository repository, ApplicationViews views,
			ServiceCatalog catalog, IssuingUnits issuingUnits, CurrentUsers currentUsers, Accounts accounts,
			FileStore files, Documents documents, SurveyLinks surveys) {
		this.filing = filing;
		this.repository = repository;
		this.views = views;
		this.catalog = catalog;
		this.issuingUnits = issuingUnits;
		this.currentUsers = currentUsers;
		this.accounts = accounts;
		this.files = files;
		this.documents = documents;
		this.surveys = surveys;
	}

	@GetMapping
	String list(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("applications", repository.ofAccount(user.accountId()));
		model.addAttribute("services", catalog.published());
		return "permohonan/warga-daftar";
	}

	@GetMapping("/baru/{serviceCode}")
	String newForm(@PathVariable String serviceCode, Model model) {
		ServiceVersion service = catalog.current(serviceCode).orElseThrow(Filing.NotFound::new);
		// The key is made when the form is shown: submitting this page twice files one application.
		return form(model, service, UUID.randomUUID(), Map.of(), Map.of(), null);
	}

	@PostMapping("/baru/{serviceCode}")
	String save(@PathVariable String serviceCode, @RequestParam UUID idempotencyKey,
			@RequestParam(defaultValue = "ajukan") String tindakan, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		CurrentUser user = currentUsers.require();
		boolean submit = !"simpan".equals(tindakan);
		Map<String, String> values = FormInput.values(request);
		Filing.Outcome outcome = filing.save(user, serviceCode, idempotencyKey, values, FormInput.uploads(request),
				submit);
		if (!outcome.succeeded()) {
			ServiceVersion service = catalog.current(serviceCode).orElseThrow(Filing.NotFound::new);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Application existing = repository.ofAccount(user.accountId())
				.stream()
				.filter(app -> app.idempotencyKey().equals(idempotencyKey))
				.findFirst()
				.orElse(null);
			return form(model, service, idempotencyKey, values, outcome.problems(), existing);
		}
		return "redirect:/warga/permohonan/" + outcome.applicationId() + (outcome.filed() ? "?diajukan" : "?draf");
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		Application app = own(id);
		if (app.status() == ApplicationStatus.DRAFT) {
			ServiceVersion service = catalog.version(app.serviceVersionId()).orElseThrow();
			return form(model, service, app.idempotencyKey(), app.values(), Map.of(), app);
		}
		model.addAttribute("detail", views.detail(app, documentCode(app)));
		model.addAttribute("survey", app.status() == ApplicationStatus.SELESAI ? surveys.find(app).orElse(null) : null);
		model.addAttribute("problems", Map.of());
		model.addAttribute("kelurahanChoices", issuingUnits.kelurahanChoices());
		return "permohonan/warga-detail";
	}

	@PostMapping("/{id}/perbaikan")
	String resubmit(@PathVariable UUID id, HttpServletRequest request, Model model, HttpServletResponse response) {
		CurrentUser user = currentUsers.require();
		Filing.Outcome outcome = filing.resubmit(user, id, FormInput.values(request), FormInput.uploads(request));
		if (!outcome.succeeded()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("detail", views.detail(own(id), Optional.empty()));
			model.addAttribute("problems", outcome.problems());
			model.addAttribute("submittedValues", FormInput.values(request));
			model.addAttribute("kelurahanChoices", issuingUnits.kelurahanChoices());
			return "permohonan/warga-detail";
		}
		return "redirect:/warga/permohonan/" + id + "?diajukan-ulang";
	}

	@GetMapping("/{id}/berkas/{requirementKey}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String requirementKey) {
		Application app = own(id);
		AttachedFile file = repository.files(app.id())
			.stream()
			.filter(f -> f.requirementKey().equals(requirementKey))
			.findFirst()
			.orElseThrow(Filing.NotFound::new);
		return FileResponses.inline(file.originalName(), file.mediaType(), files.content(file.fileId()));
	}

	@GetMapping("/{id}/dokumen.pdf")
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		Application app = own(id);
		if (app.documentId() == null) {
			throw new Filing.NotFound();
		}
		return FileResponses.attachment(app.documentNumber() + ".pdf", MediaType.APPLICATION_PDF_VALUE,
				documents.pdf(app.documentId()));
	}

	@ExceptionHandler(Filing.NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	private Optional<String> documentCode(Application app) {
		return app.documentId() == null ? Optional.empty()
				: documents.find(app.documentId()).map(IssuedDocument::verificationCode);
	}

	/** The signed-in citizen's own application; anybody else's is "not found", never "forbidden". */
	private Application own(UUID id) {
		CurrentUser user = currentUsers.require();
		return repository.find(id).filter(app -> app.accountId() == user.accountId()).orElseThrow(Filing.NotFound::new);
	}

	private String form(Model model, ServiceVersion service, UUID key, Map<String, String> values,
			Map<String, Filing.Problem> problems, Application existing) {
		CurrentUser user = currentUsers.require();
		Map<String, AttachedFile> attached = new HashMap<>();
		if (existing != null) {
			repository.files(existing.id()).forEach(f -> attached.put(f.requirementKey(), f));
		}
		model.addAttribute("service", service);
		model.addAttribute("idempotencyKey", key);
		model.addAttribute("values", values);
		model.addAttribute("problems", problems);
		model.addAttribute("attached", attached);
		model.addAttribute("existing", existing);
		model.addAttribute("kelurahanChoices", issuingUnits.kelurahanChoices());
		accounts.find(user.accountId()).ifPresent(account -> model.addAttribute("applicant", account));
		model.addAttribute("maskedNik", accounts.nikOf(user.accountId()).map(Nik::mask).orElse(null));
		return "permohonan/warga-form";
	}

	static final class FileResponses {

		private FileResponses() {
		}

		static ResponseEntity<byte[]> inline(String name, String mediaType, byte[] content) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(mediaType))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(safe(name)).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(content);
		}

		static ResponseEntity<byte[]> attachment(String name, String mediaType, byte[] content) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(mediaType))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(safe(name)).build().toString())
				.body(content);
		}

		private static String safe(String name) {
			return name == null ? "berkas" : name.replaceAll("[^A-Za-z0-9._-]", "_");
		}
	}
}
