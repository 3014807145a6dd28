package org.satukota.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The JDBC session store with two fewer round trips per request; sessions stay in the database, so any node can
 * serve any request and ending a session takes effect everywhere at once.
 *
 * <ul>
 * <li><b>One read per request.</b> When a response is committed before the request ends (every redirect, every
 * page larger than the output buffer), the session filter saves the session and then looks it up a second time.
 * Inside a request (see {@link #startRequest()}) a session already read is answered from memory.</li>
 * <li><b>Last access kept to the minute.</b> The filter stamps every request as the session's last access, which
 * made every request an UPDATE of the session row. Sessions last 30 minutes of inactivity, so the stored time is
 * only moved when it is at least {@link #ACCESS_RESOLUTION} old: a session may end up to that much earlier than
 * the exact timeout, and no request writes the session unless its attributes changed or a minute has passed.</li>
 * </ul>
 */
final class ThriftySessionRepository implements FindByIndexNameSessionRepository<ThriftySessionRepository.TrackedSession> {

	static final Duration ACCESS_RESOLUTION = Duration.ofMinutes(1);

	private static final ThreadLocal<Map<String, Optional<TrackedSession>>> REQUEST_SESSIONS = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> delegate;

	@SuppressWarnings("unchecked")
	ThriftySessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate) {
		this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
	}

	/**
	 * Starts remembering the sessions this thread reads, for one request; false when already started (the caller
	 * then must not end it).
	 */
	static boolean startRequest() {
		if (REQUEST_SESSIONS.get() != null) {
			return false;
		}
		REQUEST_SESSIONS.set(new HashMap<>(2));
		return true;
	}

	/** Whether this thread is reading a session from the store (see {@link SessionTransactions}). */
	static boolean reading() {
		return READING.get() != null;
	}

	/** Forgets what {@link #startRequest()} remembered. */
	static void endRequest() {
		REQUEST_SESSIONS.remove();
	}

	@Override
	public TrackedSession createSession() {
		TrackedSession created = new TrackedSession(delegate.createSession());
		remember(created.getId(), Optional.of(created));
		return created;
	}

	@Override
	public void save(TrackedSession session) {
		delegate.save(session.stored);
		remember(session.getId(), Optional.of(session));
	}

	@Override
	public TrackedSession findById(String id) {
		Map<String, Optional<TrackedSession>> request = REQUEST_SESSIONS.get();
		if (request != null && request.containsKey(id)) {
			return request.get(id).orElse(null);
		}
		Session found;
		READING.set(Boolean.TRUE);
		try {
			found = delegate.findById(id);
		}
		finally {
			READING.remove();
		}
		TrackedSession tracked = found == null ? null : new TrackedSession(found);
		remember(id, Optional.ofNullable(tracked));
		return tracked;
	}

	@Override
	public void deleteById(String id) {
		delegate.deleteById(id);
		remember(id, Optional.empty());
	}

	@Override
	public Map<String, TrackedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, TrackedSession> found = new LinkedHashMap<>();
		delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new TrackedSession(session)));
		return found;
	}

	private static void remember(String id, Optional<TrackedSession> session) {
		Map<String, Optional<TrackedSession>> request = REQUEST_SESSIONS.get();
		if (request != null) {
			request.put(id, session);
		}
	}

	/** A stored session whose last access moves only in steps of {@link #ACCESS_RESOLUTION}. */
	static final class TrackedSession implements Session {

		private final Session stored;

		TrackedSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant recorded = stored.getLastAccessedTime();
			if (lastAccessedTime.isBefore(recorded)
					|| Duration.between(recorded, lastAccessedTime).compareTo(ACCESS_RESOLUTION) >= 0) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			String previous = stored.getId();
			String changed = stored.changeSessionId();
			remember(previous, Optional.empty());
			remember(changed, Optional.of(this));
			return changed;
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}
	}
}
