package org.satukota.layanan.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.layanan.StepKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only catalogue as JSON. Only what citizens may see: the six published standard components,
 * never the eight internal ones nor the document template.
 */
@RestController
@RequestMapping(path = "/api/katalog", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Katalog layanan", description = "Public catalogue of administrative services (letters and permits)")
class CatalogueApi {

	private final ServiceCatalog catalog;

	private final CatalogueView view;

	private final MessageSource messages;

	private final String publicUrl;

	CatalogueApi(ServiceCatalog catalog, CatalogueView view, MessageSource messages,
			@Value("${satukota.public-url:http://localhost:8080}") String publicUrl) {
		this.catalog = catalog;
		this.view = view;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** A service in the catalogue list. */
	record ServiceSummary(String code, int version, String name, String description, IssuerKind issuerKind,
			String issuerOpdCode, String issuer, List<String> lifeEvents, int totalWorkingDays, long feeRupiah,
			boolean visitNeeded, boolean permit, String url, String blankFormUrl) {
	}

	/** The published standard of a service. */
	record PublishedStandard(String persyaratan, String prosedur, String jangkaWaktu, String biaya, String produk,
			String penangananPengaduan) {
	}

	/** A form field as applicants see it. */
	record Field(String key, String label, FieldType type, boolean required, String help, List<String> choices,
			Integer maxLength) {
	}

	/** A requirement (document to upload). */
	record Requirement(String key, String label, boolean mandatory, Set<String> acceptedMediaTypes, long maxBytes,
			String help) {
	}

	/** A workflow step as published (who acts is internal). */
	record Step(String key, String label, StepKind kind, int deadlineWorkingDays) {
	}

	/** One service with everything an applicant needs to know. */
	record ServiceDetail(String code, int version, String name, String description, IssuerKind issuerKind,
			String issuerOpdCode, String issuer, List<String> lifeEvents, PublishedStandard standard,
			List<Field> form, List<Requirement> requirements, List<Step> steps, String product,
			Integer validityMonths, int totalWorkingDays, long feeRupiah, boolean visitNeeded, boolean permit,
			String url, String blankFormUrl, String applyUrl) {
	}

	@GetMapping
	@Operation(summary = "List the services", description = "All active services by name, or those matching q "
			+ "(Indonesian words, stemmed: 'nikah' finds 'pernikahan'), best match first.")
	List<ServiceSummary> list(
			@Parameter(description = "Search words, e.g. domisili, nikah, tidak mampu") @RequestParam(name = "q",
					required = false) String q,
			Locale locale) {
		String query = q == null ? "" : q.strip();
		if (query.length() > CatalogueController.MAX_QUERY) {
			query = query.substring(0, CatalogueController.MAX_QUERY);
		}
		List<ServiceVersion> services = query.isEmpty() ? catalog.published() : catalog.search(query);
		return services.stream().map(s -> summary(s, locale)).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One service", description = "The current version of an active service: its published "
			+ "standard, form, requirements and steps.")
	@ApiResponse(responseCode = "200", description = "The service")
	@ApiResponse(responseCode = "404", description = "No active service with this code",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> detail(@PathVariable String code, Locale locale) {
		return catalog.current(code).<ResponseEntity<?>>map(s -> ResponseEntity.ok(detail(s, locale))).orElseGet(() -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					messages.getMessage("layanan.unknown-service", null, locale));
			problem.setType(URI.create("about:blank"));
			problem.setProperty("code", "layanan.unknown-service");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		});
	}

	private ServiceSummary summary(ServiceVersion s, Locale locale) {
		return new ServiceSummary(s.code(), s.version(), s.name(), s.description(), s.issuerKind(),
				s.issuerOpdCode(), view.issuer(s, locale), s.lifeEvents(), s.totalWorkingDays(), s.feeRupiah(),
				s.visitNeeded(), s.permit(), url(s), url(s) + "/formulir.pdf");
	}

	private ServiceDetail detail(ServiceVersion s, Locale locale) {
		var std = s.standard();
		return new ServiceDetail(s.code(), s.version(), s.name(), s.description(), s.issuerKind(), s.issuerOpdCode(),
				view.issuer(s, locale), s.lifeEvents(),
				new PublishedStandard(std.persyaratan(), std.prosedur(), std.jangkaWaktu(), std.biaya(), std.produk(),
						std.penangananPengaduan()),
				s.form().stream().map(CatalogueApi::field).toList(),
				s.requirements().stream().map(CatalogueApi::requirement).toList(),
				s.workflow().stream().map(w -> new Step(w.key(), w.label(), w.kind(), w.deadlineWorkingDays())).toList(),
				s.document() == null ? null : s.document().title(),
				s.document() == null ? null : s.document().validityMonths(), s.totalWorkingDays(), s.feeRupiah(),
				s.visitNeeded(), s.permit(), url(s), url(s) + "/formulir.pdf",
				publicUrl + "/warga/permohonan/baru/" + s.code());
	}

	private static Field field(FormField f) {
		return new Field(f.key(), f.label(), f.type(), f.required(), f.help(), f.choices(), f.maxLength());
	}

	private static Requirement requirement(RequirementSpec r) {
		return new Requirement(r.key(), r.label(), r.mandatory(), r.acceptedMediaTypes(), r.maxBytes(), r.help());
	}

	private String url(ServiceVersion s) {
		return publicUrl + "/layanan/" + s.code();
	}
}
