/**
 * The audit trail: an append-only, hash-chained record of every decision the modules publish as
 * {@link org.satukota.shared.AuditedEvent}s, with verification and search for administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.satukota.audit;
