package org.satukota.survei.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.satukota.calendar.WorkingCalendar;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.dokumen.PdfRenderer;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.survei.internal.IkmResults.Report;
import org.satukota.survei.internal.IkmResults.Scope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** IKM results for staff per unit or OPD, service and period, with CSV export and the printable report. */
@Controller
class ResultsController {

	private final IkmResults results;

	private final Units units;

	private final ServiceCatalog catalog;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final WorkingCalendar calendar;

	private final Clock clock;

	ResultsController(IkmResults results, Units units, ServiceCatalog catalog, PdfRenderer pdf,
			MessageSource messages, WorkingCalendar calendar, Clock clock) {
		this.results = results;
		this.units = units;
		this.catalog = catalog;
		this.pdf = pdf;
		this.messages = messages;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/staf/ikm")
	String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String cakupan,
			@RequestParam(required = false) String layanan, @RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) Integer bulan, Model model) {
		Request request = request(unit, cakupan, layanan, tahun, bulan);
		model.addAttribute("report", results.report(request.scope()));
		model.addAttribute("request", request);
		model.addAttribute("units", units.activeUnits());
		model.addAttribute("services", catalog.published());
		model.addAttribute("years", years());
		model.addAttribute("profileChoices", Respondent.CHOICES);
		model.addAttribute("query", request.query());
		return "survei/hasil";
	}

	@GetMapping("/staf/ikm/ekspor.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String unit,
			@RequestParam(required = false) String cakupan, @RequestParam(required = false) String layanan,
			@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Integer bulan) {
		Request request = request(unit, cakupan, layanan, tahun, bulan);
		Report report = results.report(request.scope());
		String body = IkmReportFormats.csv(report, request.periodLabel(this::message), this::message);
		return file("ikm-" + request.fileSuffix() + ".csv", "text/csv;charset=UTF-8",
				body.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/staf/ikm/laporan.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String unit,
			@RequestParam(required = false) String cakupan, @RequestParam(required = false) String layanan,
			@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Integer bulan) {
		Request request = request(unit, cakupan, layanan, tahun, bulan);
		Report report = results.report(request.scope());
		String title = message("survei.laporan.judul");
		byte[] bytes = pdf.render(title, IkmReportFormats.xhtml(report, request.periodLabel(this::message),
				request.serviceName(), this::message));
		return file("laporan-ikm-" + request.fileSuffix() + ".pdf", MediaType.APPLICATION_PDF_VALUE, bytes);
	}

	@ExceptionHandler(Responses.NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	/** The chosen filters, checked: unknown units are 404, a bad period falls back to this year. */
	record Request(UnitView unit, boolean includeBelow, String serviceKey, String serviceName, ReportPeriod period) {

		Scope scope() {
			return new Scope(unit, includeBelow, serviceKey, period.from(), period.until());
		}

		String query() {
			return "unit=" + unit.id() + "&cakupan=" + (includeBelow ? "opd" : "unit")
					+ (serviceKey == null ? "" : "&layanan=" + java.net.URLEncoder.encode(serviceKey, StandardCharsets.UTF_8))
					+ "&tahun=" + period.year() + (period.month() == null ? "" : "&bulan=" + period.month());
		}

		String fileSuffix() {
			return unit.id() + "-" + period.year() + (period.month() == null ? "" : String.format("-%02d", period.month()));
		}

		String periodLabel(java.util.function.Function<String, String> messages) {
			return period.month() == null ? String.valueOf(period.year())
					: messages.apply("survei.bulan." + period.month()) + " " + period.year();
		}
	}

	private Request request(String unit, String cakupan, String layanan, Integer tahun, Integer bulan) {
		UnitView chosen;
		if (unit == null || unit.isBlank()) {
			chosen = units.city();
		}
		else if (unit.strip().matches("\\d{1,18}")) {
			chosen = units.find(Long.parseLong(unit.strip())).orElseThrow(Responses.NotFound::new);
		}
		else {
			throw new Responses.NotFound();
		}
		String serviceKey = layanan == null || layanan.isBlank() ? null : layanan.strip();
		String serviceName = serviceKey == null ? null
				: catalog.current(serviceKey).map(s -> s.name()).orElse(serviceKey);
		return new Request(chosen, !"unit".equals(cakupan), serviceKey, serviceName,
				ReportPeriod.of(tahun, bulan, LocalDate.now(clock.withZone(calendar.zone()))));
	}

	private List<Integer> years() {
		int now = LocalDate.now(clock.withZone(calendar.zone())).getYear();
		return java.util.stream.IntStream.rangeClosed(now - 5, now).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
	}

	private String message(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, key, locale);
	}

	private static ResponseEntity<byte[]> file(String name, String type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
