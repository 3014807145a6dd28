/**
 * Appointments (antrean) for services that need the person present: per unit a daily schedule with quotas,
 * bookings with a queue number per unit and day, confirmation and reminder emails, and the counter view where
 * staff call the next number and record whether the citizen was served or did not come. Every decision is
 * published as an {@link org.satukota.shared.AuditedEvent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Antrean")
package org.satukota.antrean;
