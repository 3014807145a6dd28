package org.satukota.layanan.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.satukota.dokumen.PdfRenderer;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public catalogue: {@code /layanan}, a service's page and its printable blank form. */
@Controller
class CatalogueController {

	static final int MAX_QUERY = 200;

	private final ServiceCatalog catalog;

	private final CatalogueView view;

	private final BlankForm blankForm;

	private final ObjectProvider<PdfRenderer> renderer;

	CatalogueController(ServiceCatalog catalog, CatalogueView view, BlankForm blankForm,
			ObjectProvider<PdfRenderer> renderer) {
		this.catalog = catalog;
		this.view = view;
		this.blankForm = blankForm;
		this.renderer = renderer;
	}

	/** A group heading with its services. */
	record Group(String title, List<CatalogueView.Entry> entries) {
	}

	@GetMapping("/layanan")
	String catalogue(@RequestParam(name = "q", required = false) String q, Model model, Locale locale) {
		String query = q == null ? "" : q.strip();
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		model.addAttribute("q", query);
		if (!query.isEmpty()) {
			model.addAttribute("results", view.entries(catalog.search(query), locale));
			return "layanan/catalogue";
		}
		List<ServiceVersion> all = catalog.published();
		Map<String, List<CatalogueView.Entry>> byEvent = new TreeMap<>();
		Map<IssuerKind, List<CatalogueView.Entry>> byKind = new EnumMap<>(IssuerKind.class);
		for (ServiceVersion service : all) {
			CatalogueView.Entry entry = view.entry(service, locale);
			for (String event : service.lifeEvents()) {
				byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(entry);
			}
			byKind.computeIfAbsent(service.issuerKind(), k -> new ArrayList<>()).add(entry);
		}
		model.addAttribute("byEvent", byEvent.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList());
		model.addAttribute("byIssuer", byKind.entrySet()
			.stream()
			.map(e -> new Group(view.issuerGroup(e.getKey(), locale), e.getValue()))
			.toList());
		model.addAttribute("count", all.size());
		return "layanan/catalogue";
	}

	@GetMapping("/layanan/{code}")
	String service(@PathVariable String code, Model model, Locale locale) {
		ServiceVersion service = catalog.current(code).orElseThrow(() -> new ServiceNotFound(code));
		model.addAttribute("service", service);
		model.addAttribute("issuer", view.issuer(service, locale));
		model.addAttribute("fee", view.fee(service, locale));
		model.addAttribute("time", view.time(service, locale));
		model.addAttribute("validity", view.validity(service, locale));
		return "layanan/service";
	}

	@GetMapping("/layanan/{code}/formulir.pdf")
	ResponseEntity<byte[]> blankForm(@PathVariable String code, Locale locale) {
		ServiceVersion service = catalog.current(code).orElseThrow(() -> new ServiceNotFound(code));
		PdfRenderer pdf = renderer.getIfAvailable();
		if (pdf == null) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		byte[] bytes = pdf.render(blankForm.title(service, locale), blankForm.body(service, locale));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("formulir-" + service.code() + ".pdf").build().toString())
			.body(bytes);
	}
}
