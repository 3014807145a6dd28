package org.satukota.pengaduan.internal;

import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The answer to an action form on a report's page. A page running htmx (request header {@code HX-Request}) gets the
 * report's page after the action in the same response, with the address bar set to that page: one round trip
 * instead of two on a slow connection, and nothing kept in the session between them. Any other client gets
 * post-redirect-get, the outcome carried as a flash message. Either way the page shows whether the action was done
 * or refused and why.
 */
final class ActionReply {

	static final String HTMX_REQUEST = "HX-Request";

	static final String HTMX_REPLACE_URL = "HX-Replace-Url";

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final Model model;

	ActionReply(HttpServletRequest request, HttpServletResponse response, Model model) {
		this.request = request;
		this.response = response;
		this.model = model;
	}

	/**
	 * Runs the action and answers with the page at {@code path}: rendered at once by {@code page} (which fills the
	 * model as the page's own GET does and names its view) for htmx, else a redirect to it.
	 */
	String after(Runnable action, String path, Function<Model, String> page) {
		Map<String, Object> outcome = Outcomes.of(action);
		if (!inPlace()) {
			RequestContextUtils.getOutputFlashMap(request).putAll(outcome);
			return "redirect:" + path;
		}
		model.addAllAttributes(outcome);
		response.setHeader(HTMX_REPLACE_URL, request.getContextPath() + path);
		return page.apply(model);
	}

	private boolean inPlace() {
		return "true".equals(request.getHeader(HTMX_REQUEST));
	}
}
