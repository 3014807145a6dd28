package org.satukota.informasi.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.satukota.directory.Units;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.peringatan.PublicWarning;
import org.satukota.peringatan.PublicWarnings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The city portal's home page: a search box, the warnings in force, the most asked-for services, the latest news and
 * the coming agenda, and a few plain links. Deliberately light: no map, no script of its own.
 */
@Controller
class PortalHomeController {

	private static final Logger log = LoggerFactory.getLogger(PortalHomeController.class);

	static final int TOP_SERVICES = 6;

	private final Units units;

	private final ServiceCatalog catalog;

	private final ObjectProvider<PublicWarnings> warnings;

	private final ContentRepository contents;

	private final ContentViews views;

	private final Clock clock;

	private final List<String> topServices;

	PortalHomeController(Units units, ServiceCatalog catalog, ObjectProvider<PublicWarnings> warnings,
			ContentRepository contents, ContentViews views, Clock clock,
			@Value("${satukota.informasi.top-services:sk-domisili,sktm,pengantar-nikah-n1,sk-kematian,izin-usaha-mikro-kecil,sk-belum-nikah}") List<String> topServices) {
		this.units = units;
		this.catalog = catalog;
		this.warnings = warnings;
		this.contents = contents;
		this.views = views;
		this.clock = clock;
		this.topServices = List.copyOf(topServices);
	}

	@GetMapping("/")
	String home(@RequestParam(name = "keluar", required = false) String loggedOut, Model model, Locale locale) {
		List<Content> news = contents.published(PublicContentController.NEWS, 3);
		List<Content> agenda = contents.upcomingAgenda(clock.instant(), 3);
		model.addAttribute("loggedOut", loggedOut != null);
		model.addAttribute("profile", units.cityProfile());
		model.addAttribute("city", units.city());
		model.addAttribute("warnings", warnings());
		List<ServiceVersion> services = services();
		model.addAttribute("services", services);
		model.addAttribute("news", views.views(news, locale));
		model.addAttribute("agenda", views.views(agenda, locale));
		// The page is as fresh as the freshest thing it shows.
		java.util.stream.Stream<java.time.Instant> changes = java.util.stream.Stream.concat(
				java.util.stream.Stream.concat(news.stream(), agenda.stream()).map(Content::updatedAt),
				services.stream().map(ServiceVersion::publishedAt));
		model.addAttribute("updated", changes.filter(java.util.Objects::nonNull)
			.max(java.util.Comparator.naturalOrder())
			.map(at -> views.date(at, locale))
			.orElse(null));
		return "informasi/home";
	}

	private List<PublicWarning> warnings() {
		PublicWarnings source = warnings.getIfAvailable();
		if (source == null) {
			return List.of();
		}
		try {
			return source.inForce();
		}
		catch (RuntimeException ex) {
			// The home page must open even when the warnings cannot be read.
			log.warn("Public warnings unavailable", ex);
			return List.of();
		}
	}

	private List<ServiceVersion> services() {
		List<ServiceVersion> chosen = new ArrayList<>();
		for (String code : topServices) {
			catalog.current(code.strip()).ifPresent(chosen::add);
		}
		for (ServiceVersion service : catalog.published()) {
			if (chosen.size() >= TOP_SERVICES) {
				break;
			}
			if (chosen.stream().noneMatch(s -> s.code().equals(service.code()))) {
				chosen.add(service);
			}
		}
		return chosen.size() > TOP_SERVICES ? chosen.subList(0, TOP_SERVICES) : chosen;
	}
}
