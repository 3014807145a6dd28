package org.satukota.dokumen.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.satukota.directory.Units;
import org.satukota.dokumen.IssuedDocument;
import org.satukota.dokumen.SignatureReport;
import org.satukota.dokumen.SignatureVerifier;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins find issued documents by number or code, check their signature, download and revoke them. */
@Controller
class DocumentAdminController {

	private static final int PAGE_SIZE = 50;

	private final JdbcDocuments documents;

	private final SignatureVerifier verifier;

	private final Units units;

	private final MessageSource messages;

	DocumentAdminController(JdbcDocuments documents, SignatureVerifier verifier, Units units,
			MessageSource messages) {
		this.documents = documents;
		this.verifier = verifier;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/admin/dokumen")
	String list(@RequestParam(name = "q", required = false) String query, Model model, Locale locale) {
		model.addAttribute("q", query == null ? "" : query);
		model.addAttribute("documents", documents.search(query, PAGE_SIZE)
			.stream()
			.map(document -> DocumentView.of(document, units.cityProfile().zone(), locale))
			.toList());
		return "dokumen/admin-list";
	}

	@GetMapping("/admin/dokumen/{id}")
	String detail(@PathVariable String id, Model model, Locale locale) {
		IssuedDocument document = load(id);
		fill(model, document, locale);
		return "dokumen/admin-detail";
	}

	@GetMapping("/admin/dokumen/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id) {
		IssuedDocument document = load(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(document.verificationCode() + ".pdf").build().toString())
			.body(documents.pdf(document.id()));
	}

	@PostMapping("/admin/dokumen/{id}/cabut")
	String revoke(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
			Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
		IssuedDocument document = load(id);
		try {
			documents.revoke(document.id(), reason,
					new Actor(authentication.getName(), "ADMIN", units.city().id()));
		}
		catch (PolicyViolation violation) {
			fill(model, document, locale);
			model.addAttribute("reason", reason);
			String message = messages.getMessage(violation.code(), violation.args(), locale);
			if (violation.code().startsWith("dokumen.reason")) {
				model.addAttribute("reasonError", message);
			}
			else {
				model.addAttribute("revokeError", message);
			}
			return "dokumen/admin-detail";
		}
		redirect.addFlashAttribute("flash", messages.getMessage("dokumen.admin.revoked", null, locale));
		return "redirect:/admin/dokumen/" + document.id();
	}

	private void fill(Model model, IssuedDocument document, Locale locale) {
		model.addAttribute("doc", DocumentView.of(document, units.cityProfile().zone(), locale));
		SignatureReport signature = verifier.verify(documents.pdf(document.id()));
		model.addAttribute("signature", signature);
		model.addAttribute("signedAt", signature.signedAt() == null ? null
				: DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", locale)
					.format(signature.signedAt().atZone(units.cityProfile().zone())));
	}

	private IssuedDocument load(String id) {
		Optional<UUID> uuid;
		try {
			uuid = Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			uuid = Optional.empty();
		}
		return uuid.flatMap(documents::find).orElseThrow(DocumentNotFound::new);
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class DocumentNotFound extends NoSuchElementException {

		DocumentNotFound() {
			super("No such document");
		}
	}
}
