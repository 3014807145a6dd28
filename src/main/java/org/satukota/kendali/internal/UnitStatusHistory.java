package org.satukota.kendali.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A field unit's status derived from its append-only events. A row is effective unless a later row corrects it;
 * the current status is the effective row with the latest {@code occurredAt} (ties: the later row). A unit
 * without events is available.
 */
final class UnitStatusHistory {

	private static final Comparator<UnitEvent> ORDER = Comparator.comparing(UnitEvent::occurredAt)
		.thenComparingLong(UnitEvent::id);

	private final List<UnitEvent> effective;

	private UnitStatusHistory(List<UnitEvent> effective) {
		this.effective = effective;
	}

	static UnitStatusHistory of(List<UnitEvent> events) {
		Set<Long> corrected = new HashSet<>();
		for (UnitEvent event : events) {
			if (event.correctsEventId() != null) {
				corrected.add(event.correctsEventId());
			}
		}
		return new UnitStatusHistory(
				events.stream().filter(e -> !corrected.contains(e.id())).sorted(ORDER).toList());
	}

	/** The effective events, oldest first. */
	List<UnitEvent> effective() {
		return effective;
	}

	Optional<UnitEvent> current() {
		return effective.isEmpty() ? Optional.empty() : Optional.of(effective.get(effective.size() - 1));
	}

	UnitStatus status() {
		return current().map(UnitEvent::status).orElse(UnitStatus.AVAILABLE);
	}

	/** The incident the unit currently works on, or {@code null}. */
	Long incidentId() {
		return current().filter(e -> e.status().engaged()).map(UnitEvent::incidentId).orElse(null);
	}

	/** How long the unit has been in its current status at {@code now}; zero without events. */
	Duration inStatusFor(Instant now) {
		return current().map(e -> Duration.between(e.occurredAt(), now)).filter(d -> !d.isNegative())
			.orElse(Duration.ZERO);
	}

	/** Whether the unit has been in its current status longer than the threshold for that status. */
	boolean stale(Instant now, StaleThresholds thresholds) {
		Optional<UnitEvent> current = current();
		if (current.isEmpty()) {
			return false;
		}
		return thresholds.of(current.get().status())
			.map(limit -> inStatusFor(now).compareTo(limit) > 0)
			.orElse(false);
	}

	/** The first effective time the unit reached {@code status} for {@code incidentId}, if it did. */
	Optional<Instant> first(UnitStatus status, long incidentId) {
		return effective.stream()
			.filter(e -> e.status() == status && e.incidentId() != null && e.incidentId() == incidentId)
			.map(UnitEvent::occurredAt)
			.findFirst();
	}
}
