package org.satukota.directory.internal;

import org.satukota.directory.CityProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DirectoryConfiguration.class);

	@Bean
	WilayahTable regionCodes() {
		long started = System.nanoTime();
		WilayahTable table = WilayahTable.fromClasspath();
		log.debug("Loaded {} region codes in {} ms", table.size(), (System.nanoTime() - started) / 1_000_000);
		return table;
	}

	/** Resolved once at start-up, so a wrong {@code satukota.city.code} stops the platform with a clear message. */
	@Bean
	CityProfile cityProfile(WilayahTable regions, CityProperties properties) {
		return CityProfiles.resolve(regions, properties.code());
	}
}
