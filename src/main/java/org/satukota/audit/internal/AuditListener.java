package org.satukota.audit.internal;

import org.satukota.shared.AuditedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every audited decision in the transaction that makes it, so the decision and its audit record commit or
 * roll back together; the record is appended to the chain as soon as that transaction has committed.
 *
 * <p>Why not an asynchronous listener with a durable publication: that cost a publication row, two status updates
 * and three more transactions for every decision, about a quarter of the database work of a complaint's life.
 */
@Component
class AuditListener {

	private final AuditLog auditLog;

	private final AuditChainer chainer;

	AuditListener(AuditLog auditLog, AuditChainer chainer) {
		this.auditLog = auditLog;
		this.chainer = chainer;
	}

	@EventListener
	void on(AuditedEvent event) {
		if (auditLog.record(event)) {
			chainer.chainAfterCommit();
		}
	}
}
