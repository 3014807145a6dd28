package org.satukota.permohonan.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request larger than the server accepts at all is refused before any controller runs; on the application pages
 * and API it is explained in words (the per-requirement limits are checked by the file store with their own
 * message). Other areas keep the platform's default handling.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

	private final MessageSource messages;

	UploadLimitHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale)
			throws MaxUploadSizeExceededException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String explanation = messages.getMessage("permohonan.request-too-large", null, locale);
		if (path.startsWith("/api/permohonan")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, explanation);
			problem.setProperty("code", "permohonan.request-too-large");
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		if (path.startsWith("/warga/permohonan")) {
			ModelAndView page = new ModelAndView("error");
			page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
			page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
			page.addObject("explanation", explanation);
			return page;
		}
		throw ex;
	}
}
