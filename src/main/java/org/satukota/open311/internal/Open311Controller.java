package org.satukota.open311.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/**
 * Every path under {@code /open311}: one handler so that every answer there, including unknown paths, wrong methods
 * and failures, is an Open311 document (never an HTML page, never a 500).
 */
@Controller
class Open311Controller {

	private static final Logger log = LoggerFactory.getLogger(Open311Controller.class);

	private final Open311Api api;

	private final Open311Responses responses;

	Open311Controller(Open311Api api, Open311Responses responses) {
		this.api = api;
		this.responses = responses;
	}

	@RequestMapping({ "/open311", "/open311/**" })
	ResponseEntity<byte[]> handle(HttpServletRequest request, Locale locale) {
		String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
				StandardCharsets.UTF_8);
		Format format = Route.formatOf(path);
		try {
			Route route;
			try {
				route = Route.parse(path);
			}
			catch (Route.UnknownResource unknown) {
				throw Open311Failure.notFound("open311.error.unknown-resource");
			}
			return answer(route, request, locale);
		}
		catch (Open311Failure failure) {
			return responses.failure(failure, format, locale);
		}
		catch (RuntimeException unexpected) {
			log.warn("Open311 call {} {} failed", request.getMethod(), path, unexpected);
			return responses.failure(Open311Failure.of(503, "open311.error.unavailable"), format, locale);
		}
	}

	private ResponseEntity<byte[]> answer(Route route, HttpServletRequest request, Locale locale) {
		String method = request.getMethod();
		boolean post = "POST".equals(method);
		boolean read = "GET".equals(method) || "HEAD".equals(method);
		boolean postable = route.resource().equals("requests") && route.id() == null;
		if (!(read || post && postable)) {
			// The standard answers 400 for everything that is neither unknown nor unauthorised.
			String allowed = postable ? "GET, HEAD, POST" : "GET, HEAD";
			ResponseEntity<byte[]> refusal = responses
				.failure(Open311Failure.badRequest("open311.error.method", method, allowed), route.format(), locale);
			return ResponseEntity.status(refusal.getStatusCode()).headers(headers -> {
				headers.addAll(refusal.getHeaders());
				headers.set(HttpHeaders.ALLOW, allowed);
			}).body(refusal.getBody());
		}
		Parameters parameters = new Parameters(request.getParameterMap());
		Format format = route.format();
		if (post) {
			requireForm(request);
			return responses.ok(api.create(parameters, locale), format, CacheControl.noStore(), null);
		}
		return switch (route.resource()) {
			case "discovery" -> responses.ok(api.discovery(locale), format, null, null);
			case "services" -> route.id() == null ? responses.ok(api.services(), format, null, null)
					: responses.ok(api.serviceDefinition(route.id(), locale), format, null, null);
			case "requests" -> {
				if (route.id() != null) {
					yield responses.ok(api.request(route.id(), locale), format, null, null);
				}
				Open311Api.Page page = api.search(parameters, locale);
				yield responses.ok(page.document(), format, null, page.total());
			}
			case "servicerequestupdates" -> responses.ok(api.updates(parameters), format, null, null);
			// Every service here is realtime: no tokens are ever issued.
			case "tokens" -> throw Open311Failure.notFound("open311.error.unknown-token", route.id());
			default -> throw Open311Failure.notFound("open311.error.unknown-resource");
		};
	}

	private static void requireForm(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null) {
			return;
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (RuntimeException unreadable) {
			throw Open311Failure.badRequest("open311.error.content-type", contentType);
		}
		if (!type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
				&& !type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
			throw Open311Failure.badRequest("open311.error.content-type", contentType);
		}
	}
}
