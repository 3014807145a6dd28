package org.satukota.informasi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.berkas.FileStore;
import org.satukota.berkas.Upload;
import org.satukota.berkas.UploadRules;
import org.satukota.informasi.ContentCreated;
import org.satukota.informasi.ContentPublished;
import org.satukota.informasi.ContentUpdated;
import org.satukota.informasi.ContentWithdrawn;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, changing, publishing and withdrawing portal items. Only pengelola data of the owning unit (or of a unit
 * above it) may act; uploaded files are stored in the same transaction, so a refused file saves nothing.
 */
@Service
class ContentEditing {

	static final UploadRules IMAGE_RULES = new UploadRules(java.util.Set.of(UploadRules.JPEG, UploadRules.PNG),
			2L * 1024 * 1024);

	static final UploadRules ATTACHMENT_RULES = UploadRules.documentsAndImages(10L * 1024 * 1024);

	private final ContentRepository repository;

	private final CurrentUsers users;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContentEditing(ContentRepository repository, CurrentUsers users, FileStore files, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.users = users;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** New files of a save; either may be {@code null} (keep the current file). */
	record Files(Upload image, Upload attachment) {

		static final Files NONE = new Files(null, null);
	}

	@Transactional
	long create(ContentKind kind, long unitId, ContentDetails details, Files uploads, boolean publish) {
		Actor actor = users.actorFor(Role.PENGELOLA_DATA, unitId);
		return create(kind, unitId, details, uploads, publish, actor);
	}

	/** For the platform itself (demo content); the caller answers for the actor. */
	@Transactional
	long create(ContentKind kind, long unitId, ContentDetails details, Files uploads, boolean publish, Actor actor) {
		ContentDetails withFiles = withFiles(details, uploads);
		if (publish) {
			PublishingPolicy.check(kind, withFiles);
		}
		Instant now = clock.instant();
		long id = repository.insert(kind, unitId, withFiles, now, actor.username());
		events.publishEvent(new ContentCreated(id, unitId, actor, now));
		if (publish) {
			repository.setPublished(id, true, now, actor.username());
			events.publishEvent(new ContentPublished(id, unitId, actor, now));
		}
		return id;
	}

	/** Saves changes; a published item stays published only with content (it cannot be emptied in public). */
	@Transactional
	void update(long id, ContentDetails details, Files uploads, boolean publish) {
		Content content = repository.lock(id).orElseThrow(() -> new ContentNotFound(id));
		Actor actor = users.actorFor(Role.PENGELOLA_DATA, content.unitId());
		ContentDetails withFiles = withFiles(keepFiles(details, content.details()), uploads);
		if (content.published() || publish) {
			PublishingPolicy.check(content.kind(), withFiles);
		}
		Instant now = clock.instant();
		repository.update(id, withFiles, now, actor.username());
		events.publishEvent(new ContentUpdated(id, content.unitId(), actor, now));
		if (publish && !content.published()) {
			repository.setPublished(id, true, now, actor.username());
			events.publishEvent(new ContentPublished(id, content.unitId(), actor, now));
		}
	}

	@Transactional
	void publish(long id) {
		Content content = repository.lock(id).orElseThrow(() -> new ContentNotFound(id));
		Actor actor = users.actorFor(Role.PENGELOLA_DATA, content.unitId());
		if (content.published()) {
			return;
		}
		PublishingPolicy.check(content.kind(), content.details());
		Instant now = clock.instant();
		repository.setPublished(id, true, now, actor.username());
		events.publishEvent(new ContentPublished(id, content.unitId(), actor, now));
	}

	@Transactional
	void withdraw(long id) {
		Content content = repository.lock(id).orElseThrow(() -> new ContentNotFound(id));
		Actor actor = users.actorFor(Role.PENGELOLA_DATA, content.unitId());
		if (!content.published()) {
			return;
		}
		Instant now = clock.instant();
		repository.setPublished(id, false, now, actor.username());
		events.publishEvent(new ContentWithdrawn(id, content.unitId(), actor, now));
	}

	private UUID store(String field, Upload upload, UploadRules rules) {
		try {
			return files.store(upload, rules).id();
		}
		catch (PolicyViolation refused) {
			throw new UploadRefused(field, refused);
		}
	}

	/** The file store refused the upload of one form field; nothing of the save was kept. */
	static final class UploadRefused extends RuntimeException {

		private final String field;

		private final transient PolicyViolation violation;

		UploadRefused(String field, PolicyViolation violation) {
			super(violation.code(), null, false, false);
			this.field = field;
			this.violation = violation;
		}

		String field() {
			return field;
		}

		PolicyViolation violation() {
			return violation;
		}
	}

	private static ContentDetails keepFiles(ContentDetails details, ContentDetails current) {
		return new ContentDetails(details.title(), details.summary(), details.body(), details.startsAt(),
				details.endsAt(), details.place(), details.regulationNumber(), details.externalUrl(),
				details.updateFrequency(), details.imageFileId() != null ? details.imageFileId() : current.imageFileId(),
				details.attachmentFileId() != null ? details.attachmentFileId() : current.attachmentFileId());
	}

	private ContentDetails withFiles(ContentDetails details, Files uploads) {
		UUID image = details.imageFileId();
		UUID attachment = details.attachmentFileId();
		if (uploads.image() != null) {
			image = store("image", uploads.image(), IMAGE_RULES);
		}
		if (uploads.attachment() != null) {
			attachment = store("attachment", uploads.attachment(), ATTACHMENT_RULES);
		}
		return new ContentDetails(details.title(), details.summary(), details.body(), details.startsAt(),
				details.endsAt(), details.place(), details.regulationNumber(), details.externalUrl(),
				details.updateFrequency(), image, attachment);
	}
}
