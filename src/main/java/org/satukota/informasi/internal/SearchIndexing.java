package org.satukota.informasi.internal;

import org.satukota.informasi.ContentPublished;
import org.satukota.informasi.ContentUpdated;
import org.satukota.informasi.ContentWithdrawn;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the site search is rebuilt: at start-up, right after this module's own changes commit (on the node that made
 * them), and every few minutes to pick up other modules' changes and changes made on other nodes. Each node rebuilds
 * its own index from the database, so two nodes never need to agree on anything but the data.
 */
@Component
class SearchIndexing {

	private final SiteSearch search;

	SearchIndexing(SiteSearch search) {
		this.search = search;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		search.requestRebuild();
	}

	@TransactionalEventListener
	void on(ContentPublished event) {
		search.requestRebuild();
	}

	@TransactionalEventListener
	void on(ContentUpdated event) {
		search.requestRebuild();
	}

	@TransactionalEventListener
	void on(ContentWithdrawn event) {
		search.requestRebuild();
	}

	@Scheduled(initialDelayString = "${satukota.informasi.search-rebuild-ms:180000}",
			fixedDelayString = "${satukota.informasi.search-rebuild-ms:180000}")
	void periodically() {
		search.requestRebuild();
	}
}
