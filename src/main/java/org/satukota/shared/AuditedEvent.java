package org.satukota.shared;

import java.time.Instant;

/**
 * A domain event that records a decision and therefore belongs in the audit trail. Every module publishes its
 * decisions as events implementing this interface; the audit module only listens.
 */
public interface AuditedEvent {

	/** Who decided. */
	Actor actor();

	/** A stable, module-prefixed name of the decision, e.g. {@code directory.unit-retired}. */
	String action();

	/** The kind of record decided about, e.g. {@code unit}. */
	String recordType();

	/** The identifier of that record. */
	String recordId();

	/** When the decision was made. */
	Instant occurredAt();

	/** Why, when the decision carries a reason; otherwise {@code null}. */
	default String reason() {
		return null;
	}
}
