package org.satukota.open311.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.satukota.directory.CityProfile;
import org.springframework.context.support.ResourceBundleMessageSource;

import tools.jackson.databind.json.JsonMapper;

/** The Open311 API over in-memory fakes, without Spring. */
final class Open311Fixture {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

	final FakeComplaints complaints = new FakeComplaints();

	final Map<String, Callers.Caller> keys = new HashMap<>(Map.of("rahasia-kunci", new Callers.Caller(7, "fms")));

	final Map<String, String> window = new HashMap<>();

	final ResourceBundleMessageSource messages = messages();

	boolean available = true;

	final Open311Api api = new Open311Api(() -> available ? complaints : null, () -> available ? complaints : null,
			key -> Optional.ofNullable(keys.get(key)),
			(keyId, fingerprint) -> window.computeIfAbsent(keyId + fingerprint, f -> UUID.randomUUID().toString()),
			() -> new CityProfile("16.71", "Kota Palembang", "16", "Sumatera Selatan", WIB), id -> id == 42L ? Optional.of("Kelurahan 20 Ilir D-I") : Optional.empty(),
			Clock.fixed(NOW, ZoneOffset.UTC), messages, "https://kota.example/", false);

	final Open311Responses responses = new Open311Responses(new Open311Writer(JsonMapper.builder().build()), messages);

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/open311", "i18n/pengaduan");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** Parameters from name/value pairs; a later pair replaces an earlier one of the same name. */
	static Parameters params(String... namesAndValues) {
		Map<String, String[]> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			map.put(namesAndValues[i], new String[] { namesAndValues[i + 1] });
		}
		return new Parameters(map);
	}

	String xml(Open311Document document) {
		return Open311Writer.xml(document);
	}
}
