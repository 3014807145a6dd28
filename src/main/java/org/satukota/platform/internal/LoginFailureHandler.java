package org.satukota.platform.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the form with a reason code the page can explain (wrong credentials, locked,
 * disabled) without echoing the username in the URL.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = "gagal";
		if (exception instanceof LockedException) {
			reason = "terkunci";
		}
		else if (exception instanceof DisabledException) {
			reason = "nonaktif";
		}
		response.sendRedirect(request.getContextPath() + "/masuk?error=" + reason);
	}
}
