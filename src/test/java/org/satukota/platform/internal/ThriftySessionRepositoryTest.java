package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class ThriftySessionRepositoryTest {

	private final CountingStore store = new CountingStore();

	private final ThriftySessionRepository sessions = new ThriftySessionRepository(store);

	@AfterEach
	void endRequest() {
		ThriftySessionRepository.endRequest();
	}

	@Test
	void withinOneRequestASessionIsReadFromTheStoreOnce() {
		String id = store.add(new MapSession());
		assertThat(ThriftySessionRepository.startRequest()).isTrue();

		var first = sessions.findById(id);
		var second = sessions.findById(id);

		assertThat(second).isSameAs(first);
		assertThat(store.reads).isEqualTo(1);
	}

	@Test
	void outsideARequestEveryLookupAsksTheStore() {
		String id = store.add(new MapSession());

		sessions.findById(id);
		sessions.findById(id);

		assertThat(store.reads).isEqualTo(2);
	}

	@Test
	void theNextRequestReadsTheStoreAgain() {
		String id = store.add(new MapSession());
		ThriftySessionRepository.startRequest();
		sessions.findById(id);
		ThriftySessionRepository.endRequest();

		ThriftySessionRepository.startRequest();
		sessions.findById(id);

		assertThat(store.reads).isEqualTo(2);
	}

	@Test
	void aNestedStartDoesNotEndTheOuterRequest() {
		String id = store.add(new MapSession());
		ThriftySessionRepository.startRequest();

		assertThat(ThriftySessionRepository.startRequest()).isFalse();
		sessions.findById(id);
		sessions.findById(id);

		assertThat(store.reads).isEqualTo(1);
	}

	@Test
	void anUnknownSessionIsAlsoRememberedAsUnknown() {
		ThriftySessionRepository.startRequest();

		assertThat(sessions.findById("tidak-ada")).isNull();
		assertThat(sessions.findById("tidak-ada")).isNull();

		assertThat(store.reads).isEqualTo(1);
	}

	@Test
	void aDeletedSessionIsGoneForTheRestOfTheRequest() {
		String id = store.add(new MapSession());
		ThriftySessionRepository.startRequest();
		sessions.findById(id);

		sessions.deleteById(id);

		assertThat(sessions.findById(id)).isNull();
		assertThat(store.sessions).doesNotContainKey(id);
	}

	@Test
	void aChangedIdIsFoundUnderTheNewIdOnly() {
		String id = store.add(new MapSession());
		ThriftySessionRepository.startRequest();
		var session = sessions.findById(id);

		String changed = session.changeSessionId();

		assertThat(sessions.findById(id)).isNull();
		assertThat(sessions.findById(changed)).isSameAs(session);
	}

	@Test
	void theStoredLastAccessMovesOnlyOnceAMinuteHasPassed() {
		Instant start = Instant.parse("2026-11-23T02:00:00Z");
		MapSession stored = new MapSession();
		stored.setLastAccessedTime(start);
		var session = sessions.findById(store.add(stored));

		session.setLastAccessedTime(start.plusSeconds(59));
		assertThat(stored.getLastAccessedTime()).isEqualTo(start);

		session.setLastAccessedTime(start.plus(ThriftySessionRepository.ACCESS_RESOLUTION));
		assertThat(stored.getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
	}

	@Test
	void aSessionStillExpiresAfterItsInactiveIntervalFromTheStoredAccess() {
		Instant start = Instant.now().minus(Duration.ofMinutes(31));
		MapSession stored = new MapSession();
		stored.setMaxInactiveInterval(Duration.ofMinutes(30));
		stored.setLastAccessedTime(start);

		assertThat(sessions.findById(store.add(stored)).isExpired()).isTrue();
	}

	@Test
	void savingAndFindingByPrincipalGoThroughToTheStore() {
		var created = sessions.createSession();
		created.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "petugas.kelurahan");
		sessions.save(created);

		assertThat(store.sessions).containsKey(created.getId());
		assertThat(sessions.findByPrincipalName("petugas.kelurahan")).containsOnlyKeys(created.getId());
	}

	@Test
	void onlyTheStoresReadOfASessionIsMarkedAsAReading() {
		String id = store.add(new MapSession());

		sessions.findById(id);
		assertThat(store.findMarkedAsReading).isTrue();
		assertThat(ThriftySessionRepository.reading()).isFalse();

		sessions.save(sessions.createSession());
		assertThat(store.saveMarkedAsReading).isFalse();
	}

	/** An in-memory store that counts its reads. */
	private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

		final Map<String, MapSession> sessions = new HashMap<>();

		int reads;

		boolean findMarkedAsReading;

		boolean saveMarkedAsReading;

		String add(MapSession session) {
			sessions.put(session.getId(), session);
			return session.getId();
		}

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			saveMarkedAsReading = ThriftySessionRepository.reading();
			sessions.put(session.getId(), session);
		}

		@Override
		public MapSession findById(String id) {
			reads++;
			findMarkedAsReading = ThriftySessionRepository.reading();
			return sessions.get(id);
		}

		@Override
		public void deleteById(String id) {
			sessions.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return sessions.values()
				.stream()
				.filter(s -> indexValue.equals(s.getAttribute(indexName)))
				.collect(Collectors.toMap(MapSession::getId, s -> s));
		}
	}
}
