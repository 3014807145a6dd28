package org.satukota.audit.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.directory.CityProfile;
import org.satukota.audit.AuditEntry;
import org.satukota.audit.AuditPage;
import org.satukota.audit.AuditQuery;
import org.satukota.audit.AuditTrail;
import org.satukota.audit.VerificationResult;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditAdminController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

	/** The names Indonesians use for their three zones; anything else is shown by its offset. */
	private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
			"Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

	private final AuditTrail trail;

	private final CityProfile city;

	private final MessageSource messages;

	AuditAdminController(AuditTrail trail, CityProfile city, MessageSource messages) {
		this.trail = trail;
		this.city = city;
		this.messages = messages;
	}

	@GetMapping
	String index(@ModelAttribute("pencarian") AuditSearchForm form, BindingResult errors, Model model) {
		if (!errors.hasFieldErrors("dari") && !errors.hasFieldErrors("sampai") && form.getDari() != null
				&& form.getSampai() != null && form.getSampai().isBefore(form.getDari())) {
			errors.rejectValue("sampai", "audit.search.period-reversed");
		}
		prepare(form, errors.hasErrors() ? null : search(form), model);
		return "audit/index";
	}

	@PostMapping(path = "/verifikasi", produces = MediaType.TEXT_HTML_VALUE)
	String verifyPage(Model model, Locale locale) {
		AuditSearchForm form = new AuditSearchForm();
		VerificationResult result = trail.verify();
		model.addAttribute("pencarian", form);
		model.addAttribute("verification", result);
		model.addAttribute("verificationMessage", explain(result, locale));
		prepare(form, search(form), model);
		return "audit/index";
	}

	@PostMapping(path = "/verifikasi", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	VerificationResponse verifyJson(Locale locale) {
		VerificationResult result = trail.verify();
		return new VerificationResponse(result.intact(), result.rowsChecked(), result.lastSeq(),
				result.firstBrokenSeq(), result.problem() == null ? null : result.problem().name(),
				explain(result, locale), result.checkedAt());
	}

	/** The JSON answer of the verification endpoint. */
	record VerificationResponse(boolean intact, long rowsChecked, long lastSeq, Long firstBrokenSeq, String problem,
			String message, Instant checkedAt) {
	}

	/** A result row with its time already in the chosen zone. */
	record Row(AuditEntry entry, String time) {
	}

	private AuditPage search(AuditSearchForm form) {
		return trail.search(new AuditQuery(form.getPelaku(), form.getAksi(), form.getJenisRekaman(),
				form.getIdRekaman(), form.getDari(), form.getSampai(), zoneOf(form), form.page(),
				AuditQuery.DEFAULT_SIZE));
	}

	private void prepare(AuditSearchForm form, AuditPage page, Model model) {
		ZoneId zone = zoneOf(form);
		model.addAttribute("cityZoneName", zoneName(city.zone()));
		model.addAttribute("zoneName", zoneName(zone));
		if (page == null) {
			return;
		}
		List<Row> rows = page.entries()
			.stream()
			.map(entry -> new Row(entry, TIME.format(entry.occurredAt().atZone(zone))))
			.toList();
		model.addAttribute("page", page);
		model.addAttribute("rows", rows);
		if (page.hasPrevious()) {
			model.addAttribute("previousUrl", pageUrl(form, page.page() - 1));
		}
		if (page.hasNext()) {
			model.addAttribute("nextUrl", pageUrl(form, page.page() + 1));
		}
	}

	private ZoneId zoneOf(AuditSearchForm form) {
		return form.utc() ? ZoneOffset.UTC : city.zone();
	}

	private String explain(VerificationResult result, Locale locale) {
		return VerificationCommand.explanation(result, messages, locale);
	}

	static String zoneName(ZoneId zone) {
		String name = ZONE_NAMES.get(zone.getId());
		if (name != null) {
			return name;
		}
		return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
	}

	private static String pageUrl(AuditSearchForm form, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/audit");
		queryParam(uri, "pelaku", form.getPelaku());
		queryParam(uri, "aksi", form.getAksi());
		queryParam(uri, "jenisRekaman", form.getJenisRekaman());
		queryParam(uri, "idRekaman", form.getIdRekaman());
		queryParam(uri, "dari", form.getDari() == null ? null : form.getDari().toString());
		queryParam(uri, "sampai", form.getSampai() == null ? null : form.getSampai().toString());
		queryParam(uri, "zona", form.getZona());
		uri.queryParam("halaman", page);
		return uri.encode().build().toUriString();
	}

	private static void queryParam(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value);
		}
	}
}
