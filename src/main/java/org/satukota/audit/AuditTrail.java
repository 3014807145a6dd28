package org.satukota.audit;

/**
 * Read access to the audit trail. Rows are only ever appended, by the audit module itself, when a module
 * publishes an {@link org.satukota.shared.AuditedEvent}.
 */
public interface AuditTrail {

	/**
	 * Walks the whole chain in order and checks that no row was edited, removed or cut off the end.
	 * @return the outcome; {@link VerificationResult#intact()} is {@code false} at the first broken row
	 */
	VerificationResult verify();

	/** Entries matching the query, newest first. */
	AuditPage search(AuditQuery query);
}
