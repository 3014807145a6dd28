package org.satukota.platform.internal;

import ch.qos.logback.classic.LoggerContext;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Meters of the platform itself, beside the ones Spring Boot configures. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

	@Bean
	@ConditionalOnClass(LoggerContext.class)
	LogEventMetrics logEventMetrics() {
		return new LogEventMetrics();
	}
}
