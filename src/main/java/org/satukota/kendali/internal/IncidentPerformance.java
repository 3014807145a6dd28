package org.satukota.kendali.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.satukota.shared.PerformanceFigure;
import org.satukota.shared.PerformanceSource;
import org.springframework.stereotype.Component;

/**
 * Incident figures per agency for the performance report and the per-OPD evaluation: incidents handled (with the
 * p90 total response in minutes) and incidents reached within their type's response target. False reports and
 * cancellations are not counted, as on the KPI page.
 */
@Component
class IncidentPerformance implements PerformanceSource {

	static final String HANDLED = "kendali.kinerja.kejadian-ditangani";

	static final String WITHIN_TARGET = "kendali.kinerja.respons-tepat-waktu";

	private final KpiService kpis;

	IncidentPerformance(KpiService kpis) {
		this.kpis = kpis;
	}

	@Override
	public List<PerformanceFigure> figures(LocalDate from, LocalDate until) {
		KpiService.Facts facts = kpis.facts(from.atStartOfDay(kpis.zone()).toInstant(),
				until.atStartOfDay(kpis.zone()).toInstant(), null);
		List<PerformanceFigure> figures = new ArrayList<>();
		for (Long agencyId : KpiService.agenciesIn(facts).stream().sorted().toList()) {
			ResponseKpis.Report report = ResponseKpis.compute(facts.incidents(), List.of(), agencyId,
					ResponseKpis.Targets.defaults());
			ResponseKpis.Measure response = report.measure("response");
			Double p90Minutes = response.p90Seconds() == null ? null : response.p90Seconds() / 60.0;
			figures.add(new PerformanceFigure(agencyId, HANDLED, report.counted(), null, p90Minutes,
					p90Minutes == null ? null : "minutes"));
			if (response.withTarget() > 0) {
				figures.add(new PerformanceFigure(agencyId, WITHIN_TARGET, response.withTarget(),
						(long) response.withinTarget(), null, null));
			}
		}
		return figures;
	}
}
