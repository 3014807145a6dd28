package org.satukota.audit.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends recorded decisions to the chain in the background: shortly after the deciding transaction commits, and
 * in a sweep every few seconds for what another node recorded or a failed attempt left waiting. A pass starts a
 * moment ({@code satukota.audit.chain-delay-ms}, 100 ms) after the first wake-up and takes everything recorded by
 * then, so under load one transaction appends the decisions of many requests.
 */
@Component
class AuditChainer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

	private final AuditLog auditLog;

	private final AtomicBoolean queued = new AtomicBoolean();

	private final long delayMillis;

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "audit-chain");
		thread.setDaemon(true);
		return thread;
	});

	AuditChainer(AuditLog auditLog, @Value("${satukota.audit.chain-delay-ms:100}") long delayMillis) {
		this.auditLog = auditLog;
		this.delayMillis = delayMillis;
	}

	/** Chains once the current transaction has committed (at once without a transaction). */
	void chainAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wake();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wake();
			}
		});
	}

	@Scheduled(initialDelayString = "${satukota.audit.chain-sweep-ms:5000}",
			fixedDelayString = "${satukota.audit.chain-sweep-ms:5000}")
	void sweep() {
		wake();
	}

	void wake() {
		if (queued.compareAndSet(false, true)) {
			try {
				worker.schedule(this::drain, delayMillis, TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException shuttingDown) {
				queued.set(false);
			}
		}
	}

	private void drain() {
		queued.set(false);
		try {
			while (auditLog.chainWaiting() == AuditLog.BATCH) {
				// a full batch: more may be waiting
			}
		}
		catch (RuntimeException ex) {
			log.warn("Appending recorded decisions to the audit chain failed; the next sweep tries again", ex);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		worker.shutdown();
		worker.awaitTermination(10, TimeUnit.SECONDS);
	}
}
