package org.satukota.pengaduan.internal;

import java.nio.charset.StandardCharsets;

import org.satukota.pengaduan.internal.Records.Attachment;
import org.satukota.shared.PolicyViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Post-redirect-get for the action forms: a refused action comes back as a message on the same page. */
final class Outcomes {

	private Outcomes() {
	}

	static String run(RedirectAttributes flash, String page, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("pengaduanOk", "pengaduan.action.done");
		}
		catch (PolicyViolation refused) {
			flash.addFlashAttribute("pengaduanError", refused.code());
			flash.addFlashAttribute("pengaduanErrorArgs", refused.args());
		}
		return "redirect:" + page;
	}

	static ResponseEntity<byte[]> inline(Attachment file, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
