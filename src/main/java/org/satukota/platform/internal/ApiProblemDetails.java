package org.satukota.platform.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own refusals (malformed parameters, wrong method, unreadable body): JSON callers get a problem
 * document, people get the friendly error page for the status. A person who mistypes an address must never be shown
 * a raw JSON document. Modules' own handlers come first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblemDetails extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		if (servletRequest == null || PolicyViolationHandler.wantsJson(servletRequest)) {
			return super.handleExceptionInternal(ex, body, headers, statusCode, request);
		}
		HttpServletResponse response = ((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class);
		try {
			// The container then renders templates/error.html for this status.
			response.sendError(statusCode.value());
		}
		catch (IOException | IllegalStateException cannotSend) {
			return super.handleExceptionInternal(ex, body, headers, statusCode, request);
		}
		return null;
	}
}
