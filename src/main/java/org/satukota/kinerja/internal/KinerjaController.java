package org.satukota.kinerja.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.kinerja.internal.PerformanceReport.Period;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The public performance report and the per-OPD evaluation page. */
@Controller
class KinerjaController {

	/** An unknown unit: the 404 page. */
	static final class UnitNotFound extends RuntimeException {

		UnitNotFound() {
			super("Unknown unit");
		}
	}

	private final PerformanceReport report;

	private final Units units;

	private final WorkingCalendar calendar;

	private final Clock clock;

	KinerjaController(PerformanceReport report, Units units, WorkingCalendar calendar, Clock clock) {
		this.report = report;
		this.units = units;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/kinerja")
	String city(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Integer bulan,
			Model model) {
		Period period = period(tahun, bulan, model);
		model.addAttribute("table", report.cityOverview(period));
		model.addAttribute("unit", units.city());
		model.addAttribute("formAction", "/kinerja");
		return "kinerja/laporan";
	}

	@GetMapping("/kinerja/unit/{id}")
	String unit(@PathVariable String id, @RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) Integer bulan, Model model) {
		if (!id.matches("\\d{1,18}")) {
			throw new UnitNotFound();
		}
		UnitView unit = units.find(Long.parseLong(id)).orElseThrow(UnitNotFound::new);
		Period period = period(tahun, bulan, model);
		model.addAttribute("table", report.unit(unit, period));
		model.addAttribute("unit", unit);
		model.addAttribute("formAction", "/kinerja/unit/" + unit.id());
		return "kinerja/laporan";
	}

	@GetMapping("/kinerja/opd")
	String perOpd(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Integer bulan,
			Model model) {
		Period period = period(tahun, bulan, model);
		model.addAttribute("table", report.perOpd(period));
		return "kinerja/opd";
	}

	@ExceptionHandler(UnitNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	private Period period(Integer tahun, Integer bulan, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		Period period = Period.of(tahun, bulan, today);
		List<Integer> years = IntStream.rangeClosed(today.getYear() - 5, today.getYear())
			.boxed()
			.sorted(Comparator.reverseOrder())
			.toList();
		model.addAttribute("period", period);
		model.addAttribute("years", years);
		model.addAttribute("periodQuery", "tahun=" + period.year() + (period.month() == null ? "" : "&bulan=" + period.month()));
		return period;
	}
}
