package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.satukota.support.IntegrationTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LogEventMetricsIntegrationTest {

	@Autowired
	MeterRegistry registry;

	@Test
	void theRunningPlatformCountsWrittenLogEventsWithoutAnyTurboFilter() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		assertThat(context.getTurboFilterList()).as("filters logback asks on every level check").isEmpty();
		double before = registry.get("logback.events").tag("level", "warn").counter().count();

		LoggerFactory.getLogger(LogEventMetricsIntegrationTest.class).warn("Peringatan uji penghitung log");

		assertThat(registry.get("logback.events").tag("level", "warn").counter().count()).isEqualTo(before + 1);
	}
}
