package org.satukota.kendali.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.satukota.kendali.internal.Records.FeedEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's open wall connections. A new connection first replays every stored entry after the client's last
 * id, then receives live entries from {@link FeedFanOut}; entries that arrive while it is replaying wait and are
 * sent afterwards, and each connection only ever sends ids greater than the last it sent, so nothing is missed or
 * repeated. Connections time out (the browser reconnects with {@code Last-Event-ID}) and are completed when the
 * node shuts down, so graceful shutdown never waits for them.
 */
@Component
class WallHub implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WallHub.class);

	private static final int REPLAY_PAGE = 500;

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private final FeedStore store;

	private final FeedRenderer renderer;

	private final Duration timeout;

	private volatile boolean running;

	WallHub(FeedStore store, FeedRenderer renderer,
			@Value("${satukota.kendali.wall.connection-timeout:PT10M}") Duration timeout) {
		this.store = store;
		this.renderer = renderer;
		this.timeout = timeout;
	}

	/** Opens a stream that starts after {@code afterId}. */
	SseEmitter subscribe(long afterId, Locale locale) {
		SseEmitter emitter = new SseEmitter(timeout.toMillis());
		Subscriber subscriber = new Subscriber(emitter, locale, afterId);
		emitter.onCompletion(() -> subscribers.remove(subscriber));
		emitter.onTimeout(() -> {
			subscribers.remove(subscriber);
			emitter.complete();
		});
		emitter.onError(ex -> subscribers.remove(subscriber));
		if (!running) {
			emitter.complete();
			return emitter;
		}
		subscribers.add(subscriber);
		try {
			emitter.send(SseEmitter.event().reconnectTime(1000).comment("tersambung"));
			List<FeedEntry> page;
			long from = afterId;
			List<FeedEntry> replay = new ArrayList<>();
			do {
				page = store.after(from, REPLAY_PAGE);
				replay.addAll(page);
				if (!page.isEmpty()) {
					from = page.get(page.size() - 1).id();
				}
			}
			while (page.size() == REPLAY_PAGE);
			subscriber.goLive(replay, renderer);
		}
		catch (IOException | RuntimeException ex) {
			subscribers.remove(subscriber);
			emitter.completeWithError(ex);
		}
		return emitter;
	}

	/** Sends new entries (ascending ids) to every connection of this node. */
	void publish(List<FeedEntry> entries) {
		if (entries.isEmpty() || subscribers.isEmpty()) {
			return;
		}
		// One rendering per locale and entry, however many screens are connected.
		Map<Locale, List<String>> rendered = new HashMap<>();
		for (Subscriber subscriber : subscribers) {
			List<String> bodies = rendered.computeIfAbsent(subscriber.locale,
					locale -> entries.stream().map(e -> renderer.json(e, locale)).toList());
			if (!subscriber.deliver(entries, bodies)) {
				subscribers.remove(subscriber);
			}
		}
	}

	/** Keeps idle connections open through proxies and finds dead ones. */
	void heartbeat() {
		for (Subscriber subscriber : subscribers) {
			if (!subscriber.comment("ping")) {
				subscribers.remove(subscriber);
			}
		}
	}

	/** Ends every connection of this node; browsers reconnect (elsewhere) and catch up by their last id. */
	void completeAll() {
		for (Subscriber subscriber : List.copyOf(subscribers)) {
			subscribers.remove(subscriber);
			try {
				subscriber.emitter.complete();
			}
			catch (RuntimeException ex) {
				log.debug("Completing a wall connection failed", ex);
			}
		}
	}

	int connections() {
		return subscribers.size();
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		completeAll();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	// Starts before the fan-out and stops after it.
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1;
	}

	private static final class Subscriber {

		private final SseEmitter emitter;

		private final Locale locale;

		private long lastSent;

		private boolean live;

		private final List<FeedEntry> pending = new ArrayList<>();

		private final List<String> pendingBodies = new ArrayList<>();

		Subscriber(SseEmitter emitter, Locale locale, long lastSent) {
			this.emitter = emitter;
			this.locale = locale;
			this.lastSent = lastSent;
		}

		synchronized void goLive(List<FeedEntry> replay, FeedRenderer renderer) throws IOException {
			for (FeedEntry entry : replay) {
				send(entry.id(), renderer.json(entry, locale));
			}
			for (int i = 0; i < pending.size(); i++) {
				send(pending.get(i).id(), pendingBodies.get(i));
			}
			pending.clear();
			pendingBodies.clear();
			live = true;
		}

		synchronized boolean deliver(List<FeedEntry> entries, List<String> bodies) {
			if (!live) {
				pending.addAll(entries);
				pendingBodies.addAll(bodies);
				return true;
			}
			try {
				for (int i = 0; i < entries.size(); i++) {
					send(entries.get(i).id(), bodies.get(i));
				}
				return true;
			}
			catch (IOException | RuntimeException ex) {
				emitter.completeWithError(ex);
				return false;
			}
		}

		synchronized boolean comment(String text) {
			try {
				emitter.send(SseEmitter.event().comment(text));
				return true;
			}
			catch (IOException | RuntimeException ex) {
				emitter.completeWithError(ex);
				return false;
			}
		}

		private void send(long id, String body) throws IOException {
			if (id <= lastSent) {
				return;
			}
			emitter.send(SseEmitter.event().id(Long.toString(id)).data(body, org.springframework.http.MediaType.APPLICATION_JSON));
			lastSent = id;
		}
	}
}
