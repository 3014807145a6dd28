package org.satukota.open311.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Turns documents and failures into HTTP answers in the requested format. */
final class Open311Responses {

	private final Open311Writer writer;

	private final MessageSource messages;

	Open311Responses(Open311Writer writer, MessageSource messages) {
		this.writer = writer;
		this.messages = messages;
	}

	ResponseEntity<byte[]> ok(Open311Document document, Format format, CacheControl cache, Long total) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(format.mediaType())
			// Public data for any web app; posting still needs an api_key.
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		if (cache != null) {
			answer.cacheControl(cache);
		}
		if (total != null) {
			answer.header("X-Total-Count", Long.toString(total));
			answer.header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "X-Total-Count");
		}
		return answer.body(writer.write(document, format));
	}

	ResponseEntity<byte[]> failure(Open311Failure failure, Format format, Locale locale) {
		return ResponseEntity.status(failure.status())
			.contentType(format.mediaType())
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.body(writer.write(errors(failure, locale), format));
	}

	Open311Document errors(Open311Failure failure, Locale locale) {
		String code = Integer.toString(failure.status());
		List<Open311Document.Fields> errors = failure.problems()
			.stream()
			.map(problem -> new Open311Document.Fields().put("code", code)
				.put("description", messages.getMessage(problem.key(), problem.args(), problem.key(), locale)))
			.toList();
		return Open311Document.list("errors", "error", errors);
	}
}
