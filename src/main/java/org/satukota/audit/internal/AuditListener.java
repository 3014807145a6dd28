package org.satukota.audit.internal;

import org.satukota.shared.AuditedEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records every audited decision after the deciding transaction committed. The publication registry retries
 * until this completes; {@link AuditLog#append} ignores a redelivery it has already recorded.
 */
@Component
class AuditListener {

	private final AuditLog auditLog;

	AuditListener(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@ApplicationModuleListener
	void on(AuditedEvent event) {
		auditLog.append(event);
	}
}
