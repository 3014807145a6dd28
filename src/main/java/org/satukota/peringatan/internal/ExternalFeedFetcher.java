package org.satukota.peringatan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.satukota.peringatan.ExternalWarningReceived;
import org.satukota.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

/**
 * Reads the registered external CAP feeds on a schedule. Each round a node claims due feeds one by one
 * ({@code FOR UPDATE SKIP LOCKED}, next fetch moved forward at once), so two nodes share the work instead of
 * repeating it; even if they did, a message is stored once by (sender, identifier, sent) and announced once.
 * Every failure (unreachable host, timeout, malformed XML, schema violation) becomes a fetch error admins see.
 */
@Component
class ExternalFeedFetcher {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_FEEDS_PER_ROUND = 20;

	private static final Logger log = LoggerFactory.getLogger(ExternalFeedFetcher.class);

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final ExternalRepository repository;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ExternalFeedFetcher(ExternalRepository repository, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** What one fetch of a feed brought: new messages stored and errors recorded. */
	record Outcome(int received, int errors) {
	}

	@Scheduled(initialDelayString = "${satukota.peringatan.fetch-initial-delay-ms:60000}",
			fixedDelayString = "${satukota.peringatan.fetch-check-ms:60000}")
	void scheduled() {
		fetchDue();
	}

	/** Fetches every feed that is due, claiming each so no other node fetches it this round. */
	int fetchDue() {
		int fetched = 0;
		while (fetched < MAX_FEEDS_PER_ROUND) {
			Optional<ExternalRepository.Subscription> due = repository.claimDue(clock.instant());
			if (due.isEmpty()) {
				break;
			}
			fetch(due.get());
			fetched++;
		}
		return fetched;
	}

	Outcome fetchNow(long subscriptionId) {
		return repository.subscription(subscriptionId).map(this::fetch).orElse(new Outcome(0, 0));
	}

	Outcome fetch(ExternalRepository.Subscription subscription) {
		int received = 0;
		int errors = 0;
		URI feedUri = URI.create(subscription.url());
		try {
			byte[] body = get(feedUri);
			FeedReader.Feed feed = FeedReader.read(body, feedUri);
			if (feed.alert() != null) {
				CapXml.validate(feed.alert());
				received += accept(subscription, feedUri.toString(), feed.alert(), body) ? 1 : 0;
			}
			for (URI link : feed.links()) {
				if (repository.sourceKnown(link.toString())) {
					continue; // a CAP document never changes; its URL was read before
				}
				try {
					byte[] document = get(link);
					received += accept(subscription, link.toString(), CapXml.validAlert(document), document) ? 1 : 0;
				}
				catch (CapRefused refused) {
					errors++;
					error(subscription, link.toString(), refused);
				}
			}
		}
		catch (CapRefused refused) {
			errors++;
			error(subscription, feedUri.toString(), refused);
		}
		catch (RuntimeException unexpected) {
			errors++;
			log.warn("Reading CAP feed {} failed", subscription.id(), unexpected);
			error(subscription, feedUri.toString(), new CapRefused("peringatan.fetch.failed", unexpected.toString()));
		}
		repository.recordOutcome(subscription.id(), errors == 0, clock.instant());
		return new Outcome(received, errors);
	}

	private boolean accept(ExternalRepository.Subscription subscription, String sourceUrl, Document document,
			byte[] body) {
		Cap.Alert alert = CapXml.read(document);
		Instant sent;
		Instant expires;
		try {
			sent = Cap.parseTime(alert.sent()).toInstant();
			expires = alert.info() == null || alert.info().expires() == null ? null
					: Cap.parseTime(alert.info().expires()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new CapRefused("peringatan.fetch.invalid", ex.getMessage());
		}
		Boolean stored = transactions.execute(tx -> {
			Instant now = clock.instant();
			Optional<Long> id = repository.storeOnce(subscription.id(), sourceUrl, alert, sent, expires,
					new String(body, StandardCharsets.UTF_8), now);
			id.ifPresent(externalId -> events.publishEvent(new ExternalWarningReceived(externalId, alert.sender(),
					alert.identifier(), subscription.id(), Actor.SYSTEM, now)));
			return id.isPresent();
		});
		return Boolean.TRUE.equals(stored);
	}

	private void error(ExternalRepository.Subscription subscription, String url, CapRefused refused) {
		repository.recordError(subscription.id(), url, refused.code(), refused.getMessage(), clock.instant());
	}

	private byte[] get(URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(REQUEST_TIMEOUT)
			.header("Accept", "application/cap+xml, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5")
			.header("User-Agent", "SatuKota-CAP/1.0")
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() / 100 != 2) {
					throw new CapRefused("peringatan.fetch.http-status", "HTTP " + response.statusCode());
				}
				byte[] bytes = body.readNBytes(MAX_BYTES + 1);
				if (bytes.length > MAX_BYTES) {
					throw new CapRefused("peringatan.fetch.too-large", "> " + MAX_BYTES + " bytes");
				}
				return bytes;
			}
		}
		catch (IOException ex) {
			throw new CapRefused("peringatan.fetch.unreachable", ex.toString(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CapRefused("peringatan.fetch.unreachable", ex.toString(), ex);
		}
	}
}
