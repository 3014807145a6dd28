package org.satukota.kendali.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Response KPIs for any period, agency and incident type. */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR_112', 'PIMPINAN', 'ADMIN')")
class KpiController {

	private final KpiService kpis;

	private final KendaliViews views;

	private final KendaliProperties properties;

	private final Clock clock;

	KpiController(KpiService kpis, KendaliViews views, KendaliProperties properties, Clock clock) {
		this.kpis = kpis;
		this.views = views;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/staf/kendali/kpi")
	String kpi(@RequestParam(required = false) String dari, @RequestParam(required = false) String sampai,
			@RequestParam(required = false) Long instansi, @RequestParam(required = false) String jenis, Model model) {
		LocalDate today = clock.instant().atZone(views.zone()).toLocalDate();
		LocalDate from = date(dari, today.minusDays(29));
		LocalDate to = date(sampai, today);
		boolean invalid = to.isBefore(from) || from.isBefore(to.minusYears(5));
		if (invalid) {
			from = today.minusDays(29);
			to = today;
			model.addAttribute("periodError", true);
		}
		String type = jenis == null || jenis.isBlank() ? null : jenis.strip();
		model.addAttribute("report", kpis.report(from, to.plusDays(1), instansi, type));
		model.addAttribute("dari", from);
		model.addAttribute("sampai", to);
		model.addAttribute("instansi", instansi);
		model.addAttribute("jenis", type);
		model.addAttribute("agencies", views.agencies());
		model.addAttribute("types", views.typeTree(false));
		model.addAttribute("targets", properties);
		return "kendali/kpi";
	}

	private static LocalDate date(String value, LocalDate fallback) {
		try {
			return value == null || value.isBlank() ? fallback : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}
}
