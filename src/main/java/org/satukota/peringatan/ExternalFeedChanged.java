package org.satukota.peringatan;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/**
 * An administrator registered an external CAP feed, or paused or resumed reading it. The action is
 * {@code peringatan.feed-registered}, {@code peringatan.feed-paused} or {@code peringatan.feed-resumed}.
 *
 * @param change {@code registered}, {@code paused} or {@code resumed}
 */
public record ExternalFeedChanged(long subscriptionId, String url, String change, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "peringatan.feed-" + change;
	}

	@Override
	public String recordType() {
		return "peringatan-langganan";
	}

	@Override
	public String recordId() {
		return String.valueOf(subscriptionId);
	}
}
