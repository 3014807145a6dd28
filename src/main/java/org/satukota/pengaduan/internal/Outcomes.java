package org.satukota.pengaduan.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.satukota.pengaduan.internal.Records.Attachment;
import org.satukota.shared.PolicyViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an action form's page shows afterwards (done, or refused with the policy's message), and post-redirect-get
 * for the forms that always answer with another page; {@link ActionReply} answers the rest.
 */
final class Outcomes {

	private Outcomes() {
	}

	static String run(RedirectAttributes flash, String page, Runnable action) {
		of(action).forEach(flash::addFlashAttribute);
		return "redirect:" + page;
	}

	/** Runs the action; what the page after it shows: done, or refused with the policy's message. */
	static Map<String, Object> of(Runnable action) {
		try {
			action.run();
			return Map.of("pengaduanOk", "pengaduan.action.done");
		}
		catch (PolicyViolation refused) {
			Map<String, Object> outcome = new LinkedHashMap<>();
			outcome.put("pengaduanError", refused.code());
			outcome.put("pengaduanErrorArgs", refused.args());
			return outcome;
		}
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
