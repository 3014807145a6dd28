package org.satukota.open311.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * Failures that happen before the Open311 controller runs (a request the container or the security firewall
 * refuses, an unreadable body) are forwarded by the container to the error page. For Open311 paths this filter
 * answers such error dispatches with an Open311 error document instead of the HTML error page: 404 and 403 keep
 * their meaning, server-side failures become 503, everything else 400.
 */
class Open311ErrorDispatchFilter implements Filter {

	private final Open311Responses responses;

	Open311ErrorDispatchFilter(Open311Responses responses) {
		this.responses = responses;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String prefix = request.getContextPath() + "/open311";
		if (!(uri instanceof String original) || !(original.equals(prefix) || original.startsWith(prefix + "/"))
				|| response.isCommitted()) {
			chain.doFilter(servletRequest, servletResponse);
			return;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer given ? given : 500;
		int open311Status = status == 404 || status == 403 ? status : status >= 500 ? 503 : 400;
		String key = switch (open311Status) {
			case 404 -> "open311.error.unknown-resource";
			case 403 -> "open311.error.api-key-invalid";
			case 503 -> "open311.error.unavailable";
			default -> "open311.error.bad-request";
		};
		String path = UriUtils.decode(original.substring(request.getContextPath().length()),
				java.nio.charset.StandardCharsets.UTF_8);
		// The platform's default language; the error page dispatch has lost the caller's ?lang choice.
		Locale locale = Locale.forLanguageTag("id");
		ResponseEntity<byte[]> answer = responses.failure(Open311Failure.of(open311Status, key), Route.formatOf(path),
				locale);
		response.resetBuffer();
		response.setStatus(open311Status);
		answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.setHeader(name, value)));
		byte[] body = answer.getBody();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}
}
