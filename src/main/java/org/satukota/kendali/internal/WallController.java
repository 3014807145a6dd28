package org.satukota.kendali.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.kendali.internal.Records.Cctv;
import org.satukota.kendali.internal.Records.FeedEntry;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live wall: map of open incidents and CCTV, agency/unit board, KPI tiles and the city-wide feed, pushed by
 * server-sent events. The stream honours {@code Last-Event-ID} (or {@code setelah} on a fresh connection).
 */
@Controller
@RequestMapping("/kendali/dinding")
@PreAuthorize("hasAnyRole('OPERATOR_112', 'PIMPINAN', 'ADMIN')")
class WallController {

	record Tiles(int incidentsToday, int open, int callsToday, Double prankGhostPercent, Double p90ResponseMinutes,
			Double processingWithinPercent) {
	}

	private final WallHub hub;

	private final FeedStore feed;

	private final FeedRenderer renderer;

	private final KendaliViews views;

	private final KendaliRepository repository;

	private final KpiService kpis;

	private final KendaliProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	WallController(WallHub hub, FeedStore feed, FeedRenderer renderer, KendaliViews views,
			KendaliRepository repository, KpiService kpis, KendaliProperties properties, MessageSource messages,
			Clock clock) {
		this.hub = hub;
		this.feed = feed;
		this.renderer = renderer;
		this.views = views;
		this.repository = repository;
		this.kpis = kpis;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String wall(Model model, Locale locale) {
		List<FeedEntry> latest = feed.latest(30);
		model.addAttribute("feed", latest.stream().map(e -> renderer.item(e, locale)).toList());
		model.addAttribute("lastId", latest.isEmpty() ? feed.maxId() : latest.get(0).id());
		model.addAttribute("map", properties);
		board(model);
		return "kendali/dinding";
	}

	@GetMapping("/papan")
	String boardFragment(Model model) {
		board(model);
		return "kendali/_papan :: papan";
	}

	private void board(Model model) {
		model.addAttribute("tiles", tiles());
		model.addAttribute("open", views.openIncidents());
		model.addAttribute("boards", views.board(null));
		model.addAttribute("cctvs", repository.cctvs(true));
		model.addAttribute("views", views);
	}

	@GetMapping(path = "/aliran", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(name = "setelah", required = false) Long after, Locale locale) {
		long from = parse(lastEventId, after == null ? feed.maxId() : after);
		return hub.subscribe(from, locale);
	}

	/** Map layers as JSON for the wall's script: open incidents with a point, units with a position, CCTV. */
	@GetMapping(path = "/peta", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> mapData(Locale locale) {
		List<Map<String, Object>> incidents = new ArrayList<>();
		for (KendaliViews.IncidentRow row : views.openIncidents()) {
			if (row.latitude() == null) {
				continue;
			}
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", row.id());
			m.put("number", row.number());
			m.put("type", row.typeName());
			m.put("status", row.status().name());
			m.put("statusLabel", messages.getMessage("kendali.incident.status." + row.status().name(), null, locale));
			m.put("lat", row.latitude());
			m.put("lon", row.longitude());
			m.put("link", "/staf/kendali/kejadian/" + row.id());
			incidents.add(m);
		}
		List<Map<String, Object>> cameras = new ArrayList<>();
		for (Cctv cctv : repository.cctvs(true)) {
			cameras.add(Map.of("name", cctv.name(), "lat", cctv.latitude(), "lon", cctv.longitude(), "url",
					cctv.streamUrl()));
		}
		List<Map<String, Object>> unitsOut = new ArrayList<>();
		views.board(null).forEach(b -> b.units().forEach(u -> {
			if (u.latitude() != null && u.longitude() != null) {
				unitsOut.add(Map.of("callSign", u.callSign(), "status", u.status().name(), "lat", u.latitude(), "lon",
						u.longitude()));
			}
		}));
		return Map.of("incidents", incidents, "cctv", cameras, "units", unitsOut);
	}

	private Tiles tiles() {
		Instant now = clock.instant();
		LocalDate today = now.atZone(views.zone()).toLocalDate();
		Instant start = today.atStartOfDay(views.zone()).toInstant();
		ResponseKpis.Report report = kpis.report(start, now.plusSeconds(1));
		ResponseKpis.Measure response = report.measure("response");
		return new Tiles(report.incidents(), repository.openIncidents().size(), report.calls().offered(),
				report.calls().prankGhostPercent(),
				response.p90Seconds() == null ? null : response.p90Seconds() / 60.0,
				report.measure("processing").withinPercent());
	}

	private static long parse(String header, long fallback) {
		if (header == null || header.isBlank()) {
			return fallback;
		}
		try {
			return Math.max(0, Long.parseLong(header.strip()));
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}
}
