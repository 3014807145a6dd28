package org.satukota.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Meters of the platform itself, beside the ones Spring Boot configures. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

	/** The platform logs through logback (Spring Boot's default), whose events this counts. */
	@Bean
	LogEventMetrics logEventMetrics() {
		return new LogEventMetrics();
	}
}
