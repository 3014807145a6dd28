package org.satukota.kendali.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.satukota.directory.Units;
import org.satukota.kendali.internal.Records.FeedEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A feed entry as the wall shows it: a label from the bundle by action, a link by record, the local time. */
@Component
class FeedRenderer {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final MessageSource messages;

	private final Units units;

	private final JsonMapper json;

	FeedRenderer(MessageSource messages, Units units, JsonMapper json) {
		this.messages = messages;
		this.units = units;
		this.json = json;
	}

	record FeedItem(long id, String action, String label, String link, String time, String at, boolean kendali) {
	}

	FeedItem item(FeedEntry entry, Locale locale) {
		String[] parts = entry.detail() == null ? new String[0] : entry.detail().split("\\|", -1);
		Object[] args = new Object[parts.length];
		for (int i = 0; i < parts.length; i++) {
			args[i] = translate(parts[i], locale);
		}
		String key = "kendali.feed." + entry.action();
		String label = messages.getMessage(key, args, null, locale);
		if (label == null) {
			label = messages.getMessage("kendali.feed.other", new Object[] { entry.action() }, entry.action(), locale);
		}
		ZoneId zone = units.cityProfile().zone();
		return new FeedItem(entry.id(), entry.action(), label, FeedContract.link(entry.recordType(), entry.recordId()),
				TIME.format(entry.occurredAt().atZone(zone)), entry.occurredAt().toString(),
				entry.action().startsWith("kendali."));
	}

	String json(FeedEntry entry, Locale locale) {
		FeedItem item = item(entry, locale);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", item.id());
		body.put("action", item.action());
		body.put("label", item.label());
		body.put("link", item.link());
		body.put("time", item.time());
		body.put("at", item.at());
		body.put("refresh", item.kendali());
		return json.writeValueAsString(body);
	}

	// Status and classification codes inside a detail are shown by their label.
	private String translate(String part, Locale locale) {
		if (part.matches("[A-Z_]{3,}")) {
			for (String prefix : new String[] { "kendali.unit.status.", "kendali.call.class.", "kendali.disposition." }) {
				String label = messages.getMessage(prefix + part, null, null, locale);
				if (label != null) {
					return label;
				}
			}
		}
		return part;
	}
}
