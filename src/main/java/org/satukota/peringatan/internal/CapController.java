package org.satukota.peringatan.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The machine side of the city's warnings: each published message as a CAP 1.2 document and an Atom feed of the
 * recent ones (Alerts, Updates and Cancels, so receivers learn of cancellations too).
 */
@RestController
class CapController {

	static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final int FEED_SIZE = 100;

	private final AlertRepository alerts;

	private final WarningDesk desk;

	private final Clock clock;

	CapController(AlertRepository alerts, WarningDesk desk, Clock clock) {
		this.alerts = alerts;
		this.desk = desk;
		this.clock = clock;
	}

	@GetMapping("/cap/alerts/{identifier}.xml")
	ResponseEntity<byte[]> alert(@PathVariable String identifier) {
		return alerts.find(identifier)
			.map(alert -> ResponseEntity.ok()
				.contentType(CAP)
				.body(alert.xml().getBytes(StandardCharsets.UTF_8)))
			.orElseGet(CapController::notFound);
	}

	@GetMapping("/cap/feed.xml")
	ResponseEntity<byte[]> feed() {
		String base = desk.publicUrl();
		List<StoredAlert> recent = alerts.recent(FEED_SIZE);
		String updated = recent.isEmpty() ? Cap.time(clock.instant(), desk.zone()) : recent.get(0).sentText();
		List<CapWriter.FeedEntry> entries = recent.stream()
			.map(a -> new CapWriter.FeedEntry(a.identifier(), title(a), a.areaDescription(), a.sentText(),
					a.sender(), base + "/cap/alerts/" + a.identifier() + ".xml", base + "/peringatan/" + a.identifier()))
			.toList();
		byte[] body = CapWriter.atomFeed(base + "/cap/feed.xml", "Peringatan dini " + desk.sender(),
				base + "/cap/feed.xml", updated, desk.sender(), entries);
		return ResponseEntity.ok().contentType(ATOM).body(body);
	}

	private static String title(StoredAlert alert) {
		return switch (alert.msgType()) {
			case "Update" -> "[Pembaruan] " + alert.headline();
			case "Cancel" -> "[Dibatalkan] " + alert.headline();
			default -> alert.headline();
		};
	}

	private static ResponseEntity<byte[]> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.TEXT_PLAIN)
			.body("Not found\n".getBytes(StandardCharsets.UTF_8));
	}
}
