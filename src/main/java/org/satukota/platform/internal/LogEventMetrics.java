package org.satukota.platform.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.slf4j.LoggerFactory;

/**
 * Counts the log events written, by level, as {@code logback.events} (the meter Micrometer's own logback binder
 * publishes, which is switched off in application.yml).
 *
 * <p>Why: Micrometer counts through a logback turbo filter, and logback asks every turbo filter on every
 * {@code isDebugEnabled()} and {@code isTraceEnabled()} check, even for events that are never written: several
 * hundred checks per page (the template engine checks before each expression), about 1.5 % of a page's CPU. An
 * appender on the root logger is only called for events that are written.
 */
final class LogEventMetrics implements MeterBinder, AutoCloseable {

	private final LoggerContext context;

	private final CountingAppender appender = new CountingAppender();

	private final LoggerContextListener reattachAfterReset = new ReattachAfterReset();

	LogEventMetrics() {
		this((LoggerContext) LoggerFactory.getILoggerFactory());
	}

	LogEventMetrics(LoggerContext context) {
		this.context = context;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		appender.counters = new Counters(registry);
		appender.setContext(context);
		appender.setName("satukota-log-event-metrics-" + System.identityHashCode(this));
		attach();
		context.addListener(reattachAfterReset);
	}

	@Override
	public void close() {
		context.removeListener(reattachAfterReset);
		root().detachAppender(appender);
		appender.stop();
	}

	private void attach() {
		if (!appender.isStarted()) {
			appender.start();
		}
		Logger root = root();
		if (!root.isAttached(appender)) {
			root.addAppender(appender);
		}
	}

	private Logger root() {
		return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	private record Counters(Counter error, Counter warn, Counter info, Counter debug, Counter trace) {

		Counters(MeterRegistry registry) {
			this(counter(registry, "error"), counter(registry, "warn"), counter(registry, "info"),
					counter(registry, "debug"), counter(registry, "trace"));
		}

		private static Counter counter(MeterRegistry registry, String level) {
			return Counter.builder("logback.events")
				.tag("level", level)
				.description("Number of log events written at this level")
				.baseUnit("events")
				.register(registry);
		}

		void count(Level level) {
			switch (level.toInt()) {
				case Level.ERROR_INT -> error.increment();
				case Level.WARN_INT -> warn.increment();
				case Level.INFO_INT -> info.increment();
				case Level.DEBUG_INT -> debug.increment();
				default -> trace.increment();
			}
		}
	}

	private static final class CountingAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

		private volatile Counters counters;

		@Override
		protected void append(ILoggingEvent event) {
			Counters current = counters;
			if (current != null) {
				current.count(event.getLevel());
			}
		}
	}

	/** Spring Boot resets the logging configuration when it starts a context; the appender must survive that. */
	private final class ReattachAfterReset implements LoggerContextListener {

		@Override
		public boolean isResetResistant() {
			return true;
		}

		@Override
		public void onReset(LoggerContext resetContext) {
			attach();
		}

		@Override
		public void onStart(LoggerContext startedContext) {
		}

		@Override
		public void onStop(LoggerContext stoppedContext) {
		}

		@Override
		public void onLevelChange(Logger logger, Level level) {
		}
	}
}
