package org.satukota.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.satukota.support.MutableClock;

class PublicFiguresTest {

	final MutableClock clock = new MutableClock();

	final List<LocalDate[]> computed = new ArrayList<>();

	final PublicFigures figures = new PublicFigures((from, until) -> {
		synchronized (computed) {
			computed.add(new LocalDate[] { from, until });
			return List.of(row(computed.size()));
		}
	}, clock, Duration.ofMinutes(1));

	static Figures.Row row(long received) {
		return new Figures.Row(7, "Dinas PUPR", received, 0, 0, null, 0, 0, null);
	}

	@Test
	void aYearsTableIsWorkedOutForThatCalendarYearAndSaysWhen() {
		clock.setInstant(Instant.parse("2026-11-23T03:00:00Z"));
		PublicFigures.Table table = figures.year(2025);
		assertThat(computed).singleElement()
			.satisfies(period -> assertThat(period).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
		assertThat(table.computedAt()).isEqualTo(Instant.parse("2026-11-23T03:00:00Z"));
	}

	@Test
	void withinTheMaximumAgeTheSameTableIsShownAndAfterItTheTableIsWorkedOutAgain() {
		clock.setInstant(Instant.parse("2026-11-23T03:00:00Z"));
		assertThat(figures.year(2026).rows()).containsExactly(row(1));
		clock.setInstant(Instant.parse("2026-11-23T03:00:59Z"));
		assertThat(figures.year(2026).rows()).containsExactly(row(1));
		clock.setInstant(Instant.parse("2026-11-23T03:01:00Z"));
		assertThat(figures.year(2026).rows()).containsExactly(row(2));
		assertThat(computed).hasSize(2);
	}

	@Test
	void aTableWorkedOutAtALaterTimeThanNowIsWorkedOutAgain() {
		clock.setInstant(Instant.parse("2026-11-23T03:00:00Z"));
		figures.year(2026);
		clock.setInstant(Instant.parse("2026-11-23T02:59:30Z"));
		assertThat(figures.year(2026).rows()).containsExactly(row(2));
	}

	@Test
	void eachYearHasItsOwnTable() {
		clock.setInstant(Instant.parse("2026-11-23T03:00:00Z"));
		figures.year(2025);
		figures.year(2026);
		figures.year(2025);
		assertThat(computed).extracting(period -> period[0].getYear()).containsExactly(2025, 2026);
	}

	@Test
	void peopleOpeningTheSameYearAtOnceWaitForOneQueryInsteadOfEachStartingIt() throws Exception {
		clock.setInstant(Instant.parse("2026-11-23T03:00:00Z"));
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger queries = new AtomicInteger();
		PublicFigures slow = new PublicFigures((from, until) -> {
			queries.incrementAndGet();
			started.countDown();
			try {
				release.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return List.of(row(1));
		}, clock, Duration.ofMinutes(1));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<PublicFigures.Table>> answers = new ArrayList<>();
			answers.add(pool.submit(() -> slow.year(2026)));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 3; i++) {
				answers.add(pool.submit(() -> slow.year(2026)));
			}
			Thread.sleep(100);
			release.countDown();
			for (Future<PublicFigures.Table> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS).rows()).containsExactly(row(1));
			}
			assertThat(queries).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
