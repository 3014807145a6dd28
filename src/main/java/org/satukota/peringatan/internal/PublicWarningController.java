package org.satukota.peringatan.internal;

import java.util.List;
import java.util.Locale;

import org.satukota.peringatan.ExternalWarnings;
import org.satukota.peringatan.PublicWarnings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Public pages: the warnings in force and each warning (the city's own and those received from outside). */
@Controller
class PublicWarningController {

	private final PublicWarnings own;

	private final ExternalWarnings external;

	private final AlertRepository alerts;

	private final ExternalRepository received;

	private final WarningViews views;

	PublicWarningController(PublicWarnings own, ExternalWarnings external, AlertRepository alerts,
			ExternalRepository received, WarningViews views) {
		this.own = own;
		this.external = external;
		this.alerts = alerts;
		this.received = received;
		this.views = views;
	}

	@GetMapping("/peringatan")
	String list(Model model, Locale locale) {
		model.addAttribute("warnings", own.inForce()
			.stream()
			.map(w -> alerts.find(w.identifier()).map(a -> views.view(a, a, locale)).orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList());
		model.addAttribute("external", external.inForce());
		model.addAttribute("views", views);
		return "peringatan/publik-daftar";
	}

	@GetMapping("/peringatan/{identifier}")
	String detail(@PathVariable String identifier, Model model, Locale locale) {
		if (identifier.startsWith("luar-")) {
			return externalDetail(identifier.substring("luar-".length()), model, locale);
		}
		StoredAlert message = alerts.find(identifier).orElseThrow(WarningNotFound::new);
		List<StoredAlert> chain = alerts.chain(message.rootIdentifier());
		StoredAlert latest = alerts.find(chain.get(chain.size() - 1).identifier()).orElseThrow();
		model.addAttribute("warning", views.view(message, latest, locale));
		return "peringatan/publik-detail";
	}

	private String externalDetail(String id, Model model, Locale locale) {
		long externalId;
		try {
			externalId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new WarningNotFound();
		}
		ExternalRepository.Received alert = received.received(externalId).orElseThrow(WarningNotFound::new);
		model.addAttribute("alert", alert);
		model.addAttribute("sent", views.format(alert.sent(), locale));
		model.addAttribute("expires", views.format(alert.expires(), locale));
		return "peringatan/publik-luar";
	}

	@ExceptionHandler(WarningNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}
}
