package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

class LogEventMetricsTest {

	private final LoggerContext context = new LoggerContext();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final Logger logger = context.getLogger("org.satukota.contoh");

	@Test
	void eventsWrittenAreCountedByLevelAndEventsBelowTheLevelAreNot() {
		context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
		try (LogEventMetrics metrics = new LogEventMetrics(context)) {
			metrics.bindTo(registry);
			logger.error("gagal");
			logger.warn("peringatan");
			logger.warn("peringatan lagi");
			logger.info("info");
			logger.debug("tidak ditulis");

			assertThat(count("error")).isEqualTo(1);
			assertThat(count("warn")).isEqualTo(2);
			assertThat(count("info")).isEqualTo(1);
			assertThat(count("debug")).isZero();
		}
	}

	@Test
	void countingGoesOnAfterTheLoggingConfigurationIsReset() {
		try (LogEventMetrics metrics = new LogEventMetrics(context)) {
			metrics.bindTo(registry);
			context.reset();
			logger.error("setelah reset");

			assertThat(count("error")).isEqualTo(1);
		}
	}

	@Test
	void closingStopsTheCounting() {
		LogEventMetrics metrics = new LogEventMetrics(context);
		metrics.bindTo(registry);
		metrics.close();
		logger.error("setelah ditutup");

		assertThat(count("error")).isZero();
	}

	private double count(String level) {
		return registry.get("logback.events").tag("level", level).counter().count();
	}
}
