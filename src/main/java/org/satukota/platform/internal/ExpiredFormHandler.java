package org.satukota.platform.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form refused for its security token is, for the person sending it, a form left open too long or sent after
 * being signed out, not a page they may not open: the error page says so (request attribute {@link #FORM_EXPIRED}),
 * with the same 403.
 */
final class ExpiredFormHandler implements AccessDeniedHandler {

	static final String FORM_EXPIRED = "formExpired";

	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		if (exception instanceof CsrfException) {
			request.setAttribute(FORM_EXPIRED, Boolean.TRUE);
		}
		denied.handle(request, response, exception);
	}
}
