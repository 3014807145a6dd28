package org.satukota.kendali.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.kendali.internal.ResponseKpis.AssignmentFacts;
import org.satukota.kendali.internal.ResponseKpis.CallFacts;
import org.satukota.kendali.internal.ResponseKpis.IncidentFacts;
import org.satukota.kendali.internal.ResponseKpis.Report;
import org.satukota.kendali.internal.ResponseKpis.Targets;

class ResponseKpisTest {

	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	private static final long DAMKAR = 5;

	private static final long DINKES = 9;

	@Test
	void p90IsTheNearestRankOfTheSortedValues() {
		List<Double> tenValues = List.of(10.0, 1.0, 9.0, 2.0, 8.0, 3.0, 7.0, 4.0, 6.0, 5.0);
		assertThat(ResponseKpis.percentile(tenValues, 90)).isEqualTo(9.0);
		assertThat(ResponseKpis.percentile(tenValues, 50)).isEqualTo(5.0);
		assertThat(ResponseKpis.percentile(tenValues, 100)).isEqualTo(10.0);
		List<Double> elevenValues = new ArrayList<>(tenValues);
		elevenValues.add(11.0);
		// ceil(0.9 × 11) = 10: the 10th value.
		assertThat(ResponseKpis.percentile(elevenValues, 90)).isEqualTo(10.0);
		assertThat(ResponseKpis.percentile(List.of(42.0), 90)).isEqualTo(42.0);
		assertThat(ResponseKpis.percentile(List.of(), 90)).isNull();
	}

	@Test
	void responseTimesCountFromTheFirstCallToTheFirstUnitOnSceneAgainstTheTypesTarget() {
		List<IncidentFacts> fires = new ArrayList<>();
		// Ten fires reaching the scene after 5, 6, …, 14 minutes, and one after exactly 15 (the SPM target).
		for (int i = 0; i < 11; i++) {
			int minutes = i < 10 ? 5 + i : 15;
			fires.add(fire(i, minutes, null));
		}
		// One after 20 minutes: outside the target.
		fires.add(fire(11, 20, null));
		Report report = ResponseKpis.compute(fires, List.of(), null, Targets.defaults());

		ResponseKpis.Measure response = report.measure("response");
		assertThat(response.count()).isEqualTo(12);
		// Sorted minutes 5..14, 15, 20: rank ceil(0.9 × 12) = 11 → 15 minutes.
		assertThat(response.p90Seconds()).isEqualTo(900.0);
		assertThat(response.withTarget()).isEqualTo(12);
		assertThat(response.withinTarget()).isEqualTo(11);
		assertThat(response.targetSeconds()).isEqualTo(900L);
		assertThat(response.withinPercent()).isCloseTo(91.67, within(0.01));
		double meanMinutes = (5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 20) / 12.0;
		assertThat(response.meanSeconds()).isCloseTo(meanMinutes * 60, within(0.001));
		assertThat(ResponseKpis.clock(response.p90Seconds())).isEqualTo("15:00");
	}

	@Test
	void falseReportsAndCancellationsAreLeftOutOfResponseTimesButCountedSeparately() {
		List<IncidentFacts> incidents = List.of(fire(1, 10, Disposition.HANDLED), fire(2, 1, Disposition.FALSE_REPORT),
				fire(3, 2, Disposition.CANCELLED), fire(4, 3, Disposition.CANCELLED), fire(5, 12, null));
		Report report = ResponseKpis.compute(incidents, List.of(), null, Targets.defaults());

		assertThat(report.incidents()).isEqualTo(5);
		assertThat(report.counted()).isEqualTo(2);
		assertThat(report.excluded()).containsEntry(Disposition.FALSE_REPORT, 1).containsEntry(Disposition.CANCELLED, 2);
		assertThat(report.excludedTotal()).isEqualTo(3);
		assertThat(report.measure("response").count()).isEqualTo(2);
		assertThat(report.measure("response").p90Seconds()).isEqualTo(720.0);
		assertThat(report.measure("processing").count()).isEqualTo(2);
	}

	@Test
	void processingIsMeasuredFromAnswerToFirstDispatchAgainstSixtySeconds() {
		Instant received = T0;
		Instant answered = T0.plusSeconds(8);
		IncidentFacts quick = new IncidentFacts(1, "KEBAKARAN", received, answered, null, null, 900,
				List.of(new AssignmentFacts(DAMKAR, answered.plusSeconds(60), null, null, null, null),
						new AssignmentFacts(DINKES, answered.plusSeconds(30), null, null, null, null)));
		IncidentFacts slow = new IncidentFacts(2, "BANJIR", received, answered, null, null, null,
				List.of(new AssignmentFacts(DINKES, answered.plusSeconds(61), null, null, null, null)));
		Report report = ResponseKpis.compute(List.of(quick, slow), List.of(), null, Targets.defaults());

		ResponseKpis.Measure processing = report.measure("processing");
		// The first dispatch counts: 30 s for the first incident, 61 s for the second.
		assertThat(processing.count()).isEqualTo(2);
		assertThat(processing.meanSeconds()).isEqualTo(45.5);
		assertThat(processing.withinTarget()).isEqualTo(1);
		assertThat(processing.targetSeconds()).isEqualTo(60L);
		// Banjir has no response target, and nobody arrived: no response value, no target share.
		assertThat(report.measure("response").count()).isZero();
	}

	@Test
	void anAgencyFilterUsesOnlyThatAgencysIncidentsAndTimes() {
		Instant answered = T0.plusSeconds(5);
		IncidentFacts both = new IncidentFacts(1, "KEBAKARAN", T0, answered, T0.plusSeconds(3600), Disposition.HANDLED,
				900,
				List.of(new AssignmentFacts(DAMKAR, answered.plusSeconds(40), answered.plusSeconds(70),
						answered.plusSeconds(100), T0.plusSeconds(600), T0.plusSeconds(1800)),
						new AssignmentFacts(DINKES, answered.plusSeconds(50), answered.plusSeconds(55),
								answered.plusSeconds(120), T0.plusSeconds(1200), T0.plusSeconds(1500))));
		IncidentFacts onlyDamkar = fire(2, 9, null);

		Report dinkes = ResponseKpis.compute(List.of(both, onlyDamkar), List.of(), DINKES, Targets.defaults());
		assertThat(dinkes.incidents()).isEqualTo(1);
		assertThat(dinkes.measure("response").p90Seconds()).isEqualTo(1200.0);
		assertThat(dinkes.measure("response").withinTarget()).isZero();
		assertThat(dinkes.measure("acknowledge").p90Seconds()).isEqualTo(5.0);
		assertThat(dinkes.measure("turnout").p90Seconds()).isEqualTo(70.0);
		assertThat(dinkes.measure("travel").p90Seconds()).isEqualTo(1200.0 - 125.0);
		assertThat(dinkes.measure("on-scene").p90Seconds()).isEqualTo(300.0);
		assertThat(dinkes.measure("close").p90Seconds()).isEqualTo(3600.0);

		Report all = ResponseKpis.compute(List.of(both, onlyDamkar), List.of(), null, Targets.defaults());
		assertThat(all.incidents()).isEqualTo(2);
		// Without a filter the first unit of any agency counts: Damkar after 10 minutes.
		assertThat(all.measure("response").count()).isEqualTo(2);
		assertThat(all.measure("response").withinTarget()).isEqualTo(2);
		assertThat(all.measure("acknowledge").count()).isEqualTo(3);
	}

	@Test
	void callFiguresShowAbandonedCallsAndThePrankAndGhostShareOfAnsweredCalls() {
		List<CallFacts> calls = List.of(call(0, 5, CallClassification.EMERGENCY, 1L), call(1, 20, CallClassification.DUPLICATE, 1L),
				call(2, 3, CallClassification.PRANK, null), call(3, 4, CallClassification.PRANK, null),
				call(4, 2, CallClassification.GHOST, null), call(5, 10, CallClassification.INFORMATION, null),
				new CallFacts(T0.plusSeconds(600), null, null, null));
		Report report = ResponseKpis.compute(List.of(fire(1, 8, null)), calls, null, Targets.defaults());

		ResponseKpis.CallFigures figures = report.calls();
		assertThat(figures.offered()).isEqualTo(7);
		assertThat(figures.answered()).isEqualTo(6);
		assertThat(figures.abandoned()).isEqualTo(1);
		assertThat(figures.prank()).isEqualTo(2);
		assertThat(figures.ghost()).isEqualTo(1);
		assertThat(figures.prankGhostPercent()).isEqualTo(50.0);
		assertThat(figures.callsPerIncident()).isEqualTo(2.0);
		ResponseKpis.Measure answer = report.measure("answer");
		// Answer times 2, 3, 4, 5, 10, 20 s: p90 rank ceil(5.4) = 6 → 20 s; within 15 s: 5 of 6.
		assertThat(answer.count()).isEqualTo(6);
		assertThat(answer.p90Seconds()).isEqualTo(20.0);
		assertThat(answer.withinTarget()).isEqualTo(5);
	}

	@Test
	void negativeIntervalsFromEntryErrorsAreLeftOut() {
		IncidentFacts wrong = new IncidentFacts(1, "KEBAKARAN", T0, T0, null, null, 900,
				List.of(new AssignmentFacts(DAMKAR, T0.plusSeconds(30), null, null, T0.minusSeconds(60), null)));
		Report report = ResponseKpis.compute(List.of(wrong), List.of(), null, new Targets(Duration.ofSeconds(10), Duration.ofSeconds(60)));
		assertThat(report.measure("response").count()).isZero();
		assertThat(report.measure("processing").count()).isEqualTo(1);
	}

	private static IncidentFacts fire(long id, int minutesToScene, Disposition disposition) {
		Instant received = T0.plus(Duration.ofHours(id));
		Instant answered = received.plusSeconds(5);
		Instant notified = answered.plusSeconds(40);
		return new IncidentFacts(id, "KEBAKARAN", received, answered, null, disposition, 900,
				List.of(new AssignmentFacts(DAMKAR, notified, notified.plusSeconds(20), notified.plusSeconds(60),
						received.plus(Duration.ofMinutes(minutesToScene)), null)));
	}

	private static CallFacts call(int index, int answerSeconds, CallClassification classification, Long incidentId) {
		Instant received = T0.plusSeconds(index * 60L);
		return new CallFacts(received, received.plusSeconds(answerSeconds), classification, incidentId);
	}
}
