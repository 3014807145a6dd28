package org.satukota.pengaduan.internal;

import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The answer to a form on the complaint pages: an action on a report, or a new report. A page running htmx (request
 * header {@code HX-Request}) gets the page after it in the same response, with the address bar set to that page:
 * one round trip instead of two on a slow connection, and nothing kept in the session between them. Any other client
 * gets post-redirect-get, an action's outcome carried as a flash message. Either way the page shows whether the
 * action was done or refused and why.
 */
final class ActionReply {

	static final String HTMX_REQUEST = "HX-Request";

	static final String HTMX_REPLACE_URL = "HX-Replace-Url";

	static final String HTMX_PUSH_URL = "HX-Push-Url";

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

	/**
	 * After something new was filed: its page at {@code path} rendered at once by {@code page} for htmx, the address
	 * bar moved there as a new history entry; else a redirect to it.
	 */
	String filed(String path, Function<Model, String> page) {
		if (!inPlace()) {
			return "redirect:" + path;
		}
		response.setHeader(HTMX_PUSH_URL, request.getContextPath() + path);
		return page.apply(model);
	}

	private boolean inPlace() {
		return "true".equals(request.getHeader(HTMX_REQUEST));
	}
}
