package org.satukota.platform.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.satukota.shared.PolicyViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A business rule refusal that a controller did not handle itself: API callers get a problem document with the
 * stable code, people get the error page with the explanation from the message bundles. Never a 500.
 */
@ControllerAdvice
class PolicyViolationHandler {

	private final MessageSource messages;

	PolicyViolationHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PolicyViolation.class)
	Object handle(PolicyViolation violation, HttpServletRequest request, Locale locale) {
		String explanation = messages.getMessage(violation.code(), violation.args(), violation.code(), locale);
		if (wantsJson(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, explanation);
			problem.setProperty("code", violation.code());
			return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		page.addObject("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
		page.addObject("explanation", explanation);
		return page;
	}

	static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (accept != null && accept.contains("json") && !accept.contains("html"));
	}
}
