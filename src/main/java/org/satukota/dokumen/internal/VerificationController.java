package org.satukota.dokumen.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.satukota.directory.Units;
import org.satukota.dokumen.Documents;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public verification pages the QR codes open. They show what the document says about itself and whether it
 * still stands, and nothing about the holder beyond the masked name.
 */
@Controller
class VerificationController {

	private final Documents documents;

	private final Units units;

	private final MessageSource messages;

	VerificationController(Documents documents, Units units, MessageSource messages) {
		this.documents = documents;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/verifikasi")
	String form(@RequestParam(name = "kode", required = false) String typed, Model model, Locale locale) {
		if (typed == null) {
			return "dokumen/verifikasi";
		}
		String code = VerificationCodes.normalize(typed);
		if (code == null) {
			model.addAttribute("kode", typed);
			model.addAttribute("codeError", messages.getMessage(
					typed.isBlank() ? "dokumen.verify.code-required" : "dokumen.verify.code-invalid", null, locale));
			return "dokumen/verifikasi";
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/verifikasi/{code}").buildAndExpand(code).toUriString();
	}

	@GetMapping("/verifikasi/{code}")
	String result(@PathVariable String code, Model model, Locale locale, HttpServletResponse response) {
		return documents.findByCode(code).map(document -> {
			model.addAttribute("doc", DocumentView.of(document, units.cityProfile().zone(), locale));
			return "dokumen/verifikasi-hasil";
		}).orElseGet(() -> {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "dokumen/verifikasi-tidak-ditemukan";
		});
	}
}
