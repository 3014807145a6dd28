package org.satukota.informasi.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.satukota.berkas.FileStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds dead links (internal and external) and empty pages in published portal content and records them for the
 * owning units' pengelola data ({@code /staf/konten/tautan}). One node runs it at a time (a lease in
 * {@code scheduled_job_lock}); a second node skips the run. Internal links ({@code /…}) are requested from this
 * node itself, anonymously, exactly as a citizen would open them.
 */
@Component
class LinkChecker {

	static final String JOB = "informasi.link-check";

	private final ContentRepository contents;

	private final LinkProblems problems;

	private final FileStore files;

	private final JobLock lock;

	private final TransactionTemplate transactions;

	private final Environment environment;

	private final Clock clock;

	private final LinkProbe probe;

	LinkChecker(ContentRepository contents, LinkProblems problems, FileStore files, JobLock lock,
			TransactionTemplate transactions, Environment environment, Clock clock,
			@Value("${satukota.informasi.link-check.timeout:PT10S}") Duration timeout,
			@Value("${satukota.informasi.link-check.concurrency:4}") int concurrency) {
		this.contents = contents;
		this.problems = problems;
		this.files = files;
		this.lock = lock;
		this.transactions = transactions;
		this.environment = environment;
		this.clock = clock;
		this.probe = new LinkProbe(timeout, timeout, concurrency);
	}

	/** What one run found. */
	record Result(boolean ran, int items, int links, int dead, int empty) {
	}

	@Scheduled(initialDelayString = "${satukota.informasi.link-check.initial-delay-ms:300000}",
			fixedDelayString = "${satukota.informasi.link-check.interval-ms:21600000}")
	void scheduled() {
		run();
	}

	Result run() {
		if (!lock.tryAcquire(JOB, Duration.ofMinutes(30))) {
			return new Result(false, 0, 0, 0, 0);
		}
		try {
			return check();
		}
		finally {
			lock.release(JOB);
		}
	}

	private Result check() {
		List<Content> published = contents.allPublished();
		Map<Long, Set<String>> linksOf = new LinkedHashMap<>();
		Set<String> all = new LinkedHashSet<>();
		String base = internalBase();
		for (Content content : published) {
			Set<String> links = new LinkedHashSet<>();
			for (String link : BodyText.links(content.details().body())) {
				links.add(absolute(link, base));
			}
			if (content.details().externalUrl() != null && !content.details().externalUrl().isBlank()) {
				links.add(absolute(content.details().externalUrl().strip(), base));
			}
			linksOf.put(content.id(), links);
			all.addAll(links);
		}
		Map<String, LinkProbe.Outcome> outcomes = probe.check(all);
		Instant now = clock.instant();
		List<LinkProblems.Finding> findings = new ArrayList<>();
		int dead = 0;
		int empty = 0;
		for (Content content : published) {
			if (isEmpty(content)) {
				findings.add(new LinkProblems.Finding(content.id(), content.path(), LinkProblems.Problem.EMPTY, null,
						"empty", now));
				empty++;
			}
			for (String link : linksOf.get(content.id())) {
				LinkProbe.Outcome outcome = outcomes.get(link);
				if (outcome != null && !outcome.ok()) {
					findings.add(new LinkProblems.Finding(content.id(), display(link, base), LinkProblems.Problem.DEAD,
							outcome.status(), outcome.detail(), now));
					dead++;
				}
			}
		}
		transactions.executeWithoutResult(tx -> {
			problems.replace(linksOf.keySet(), findings);
			problems.clearUnpublished();
		});
		return new Result(true, published.size(), all.size(), dead, empty);
	}

	/** Published but with nothing to show: no text, or a document whose file is gone. */
	private boolean isEmpty(Content content) {
		if (PublishingPolicy.isEmpty(content.kind(), content.details())) {
			return true;
		}
		return content.details().attachmentFileId() != null
				&& files.find(content.details().attachmentFileId()).isEmpty();
	}

	private String internalBase() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return "http://127.0.0.1:" + port;
	}

	private static String absolute(String link, String base) {
		return link.startsWith("/") ? base + link : link;
	}

	/** Internal links are listed as the path the editor wrote. */
	private static String display(String link, String base) {
		return link.startsWith(base + "/") ? link.substring(base.length()) : link;
	}
}
