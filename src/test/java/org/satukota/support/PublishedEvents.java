package org.satukota.support;

import java.util.concurrent.CopyOnWriteArrayList;

import org.satukota.shared.AuditedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The audited events a test caused, as they are published (synchronously, before any transaction commits).
 * The recorder is attached to the running context instead of being declared as a bean, so every test class keeps
 * sharing the one application context.
 */
public final class PublishedEvents extends CopyOnWriteArrayList<AuditedEvent>
		implements ApplicationListener<ApplicationEvent> {

	private final transient ApplicationEventMulticaster multicaster;

	private final String actionPrefix;

	private PublishedEvents(ApplicationEventMulticaster multicaster, String actionPrefix) {
		this.multicaster = multicaster;
		this.actionPrefix = actionPrefix;
	}

	/** Starts recording the events whose action starts with {@code actionPrefix}, e.g. {@code directory.}. */
	public static PublishedEvents startRecording(ApplicationContext context, String actionPrefix) {
		var multicaster = context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
				ApplicationEventMulticaster.class);
		var events = new PublishedEvents(multicaster, actionPrefix);
		multicaster.addApplicationListener(events);
		return events;
	}

	public void stop() {
		multicaster.removeApplicationListener(this);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof AuditedEvent audited
				&& audited.action().startsWith(actionPrefix)) {
			add(audited);
		}
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}
}
