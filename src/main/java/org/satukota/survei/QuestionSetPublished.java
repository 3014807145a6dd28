package org.satukota.survei;

import java.time.Instant;

import org.satukota.shared.Actor;
import org.satukota.shared.AuditedEvent;

/** A new version of the IKM question set was published; the previous version is retired (kept for its results). */
public record QuestionSetPublished(long questionSetId, int version, Actor actor, Instant occurredAt)
		implements AuditedEvent {

	@Override
	public String action() {
		return "survei.question-set-published";
	}

	@Override
	public String recordType() {
		return "ikm-kuesioner";
	}

	@Override
	public String recordId() {
		return String.valueOf(questionSetId);
	}
}
