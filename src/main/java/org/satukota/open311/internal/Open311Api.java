package org.satukota.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.satukota.directory.CityProfile;
import org.satukota.pengaduan.ComplaintCategories;
import org.satukota.pengaduan.ComplaintCategory;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.pengaduan.ComplaintReceipt;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.pengaduan.Complaints;
import org.satukota.pengaduan.PublicComplaint;
import org.satukota.pengaduan.PublicComplaintPage;
import org.satukota.pengaduan.PublicComplaintQuery;
import org.satukota.pengaduan.PublicComplaintUpdate;
import org.satukota.open311.internal.Open311Document.Fields;
import org.satukota.open311.internal.Open311Document.Items;
import org.satukota.open311.internal.Open311Failure.Problem;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.MessageSource;

/**
 * The GeoReport v2 resources, independent of HTTP: each method reads the call's parameters by the standard's rules
 * and returns the document to render, or throws an {@link Open311Failure}. Complaints are reached only through the
 * {@code pengaduan} contracts, which never hand out rahasia reports nor anonim reporters.
 */
final class Open311Api {

	static final int MAX_RESULTS = 1000;

	static final int MAX_DESCRIPTION = 4000;

	/** How deep paging may go where pages are cut here rather than in the database (the contracts' maximum). */
	static final int MAX_DEPTH = MAX_RESULTS;

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	/** When this API last changed in a way clients may care about (discovery's changeset). */
	static final Instant CHANGESET = Instant.parse("2026-11-22T00:00:00Z");

	static final List<String> PRIVACY = List.of("publik", "anonim", "rahasia");

	private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final int MAX_TITLE = 80;

	private final Supplier<Complaints> complaints;

	private final Supplier<ComplaintCategories> categories;

	private final Callers callers;

	private final SubmissionWindow submissions;

	private final Supplier<CityProfile> city;

	private final LongFunction<Optional<String>> kelurahan;

	private final Clock clock;

	private final MessageSource messages;

	private final String publicUrl;

	private final boolean test;

	/**
	 * @param complaints and {@code categories} return {@code null} while no module implements them (answers 503)
	 * @param kelurahan the name of the active kelurahan or desa an {@code address_id} names, if it names one
	 * @param test whether discovery announces a test endpoint (demo mode) rather than production
	 */
	Open311Api(Supplier<Complaints> complaints, Supplier<ComplaintCategories> categories, Callers callers,
			SubmissionWindow submissions, Supplier<CityProfile> city, LongFunction<Optional<String>> kelurahan, Clock clock,
			MessageSource messages, String publicUrl, boolean test) {
		this.complaints = complaints;
		this.categories = categories;
		this.callers = callers;
		this.submissions = submissions;
		this.city = city;
		this.kelurahan = kelurahan;
		this.clock = clock;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.test = test;
	}

	/** A page of results and how many match in all (for the {@code X-Total-Count} header). */
	record Page(Open311Document document, long total) {
	}

	// --- discovery and services -------------------------------------------------------------------------------

	Open311Document discovery(Locale locale) {
		CityProfile profile = city.get();
		String changeset = DateRules.format(CHANGESET, profile.zone());
		Fields endpoint = new Fields().put("specification", SPECIFICATION)
			.put("url", publicUrl + "/open311/v2")
			.put("changeset", changeset)
			.put("type", test ? "test" : "production")
			.put("formats", new Items("format", List.of("text/xml", "application/json")));
		Fields discovery = new Fields().put("changeset", changeset)
			.put("contact", text("open311.discovery.contact", locale, profile.name(), publicUrl))
			.put("key_service", text("open311.discovery.key-service", locale, profile.name()))
			.put("endpoints", new Items("endpoint", List.of(endpoint)));
		return new Open311Document("discovery", discovery);
	}

	Open311Document services() {
		List<Fields> services = categories().activeLeaves()
			.stream()
			.map(category -> new Fields().put("service_code", category.code())
				.put("service_name", category.name())
				.put("description", category.description())
				.put("metadata", true)
				.put("type", "realtime")
				.put("keywords", category.keywords() == null ? null : String.join(", ", category.keywords()))
				.put("group", category.group()))
			.toList();
		return Open311Document.list("services", "service", services);
	}

	Open311Document serviceDefinition(String code, Locale locale) {
		ComplaintCategory category = categories().activeLeaf(code)
			.orElseThrow(() -> Open311Failure.notFound("open311.error.unknown-service", code));
		List<Fields> values = PRIVACY.stream()
			.map(key -> new Fields().put("key", key).put("name", text("open311.attribute.privasi." + key, locale)))
			.toList();
		Fields privacy = new Fields().put("variable", true)
			.put("code", "privasi")
			.put("datatype", "singlevaluelist")
			.put("required", false)
			.put("datatype_description", text("open311.attribute.privasi.datatype", locale))
			.put("order", 1)
			.put("description", text("open311.attribute.privasi.description", locale))
			.put("values", new Items("value", values));
		Fields idempotency = new Fields().put("variable", true)
			.put("code", "idempotency_key")
			.put("datatype", "string")
			.put("required", false)
			.put("datatype_description", text("open311.attribute.idempotency.datatype", locale))
			.put("order", 2)
			.put("description", text("open311.attribute.idempotency.description", locale))
			.put("values", new Items("value", List.of()))
			// FixMyStreet's extension: clients fill it themselves instead of asking the reporter.
			.put("automated", "hidden_field");
		Fields definition = new Fields().put("service_code", category.code())
			.put("attributes", new Items("attribute", List.of(privacy, idempotency)));
		return new Open311Document("service_definition", definition);
	}

	// --- reading requests ------------------------------------------------------------------------------------

	Page search(Parameters parameters, Locale locale) {
		ZoneId zone = city.get().zone();
		List<String> ids = parameters.commaList("service_request_id");
		if (!ids.isEmpty()) {
			if (ids.size() > MAX_RESULTS) {
				throw Open311Failure.badRequest("open311.error.too-many-ids", MAX_RESULTS);
			}
			// The standard: a list of ids overrides every other filter.
			PublicComplaintPage found = complaints().searchPublic(new PublicComplaintQuery(List.copyOf(ids), null, null,
					null, null, null, null, null, null, 1, ids.size()));
			return new Page(requests(found.items(), zone, locale), found.total());
		}
		List<Problem> problems = new ArrayList<>();
		Boolean open = attempt(problems, () -> status(parameters));
		DateRules.Window window = attempt(problems,
				() -> DateRules.window(parameters, "start_date", "end_date", clock.instant(), zone));
		DateRules.Window updated = attempt(problems,
				() -> DateRules.updated(parameters, "updated_after", "updated_before", zone));
		Integer page = attempt(problems, () -> Objects.requireNonNullElse(parameters.positiveInt("page"), 1));
		Integer pageSize = attempt(problems, () -> pageSize(parameters));
		failIfAny(problems);
		if (updated.from() != null || updated.until() != null) {
			if (!parameters.has("start_date") && !parameters.has("end_date")) {
				// Clients that follow changes ask by update time; the default submission window would hide old
				// reports that changed recently.
				window = new DateRules.Window(null, null);
			}
		}
		List<String> codes = parameters.commaList("service_code");
		Complaints source = complaints();
		if (codes.size() <= 1) {
			PublicComplaintPage found = source.searchPublic(new PublicComplaintQuery(null,
					codes.isEmpty() ? null : codes.get(0), open, window.from(), window.until(), updated.from(),
					updated.until(), null, null, page, pageSize));
			return new Page(requests(found.items(), zone, locale), found.total());
		}
		long depth = (long) page * pageSize;
		if (depth > MAX_DEPTH) {
			throw Open311Failure.badRequest("open311.error.page-too-deep", MAX_DEPTH);
		}
		List<PublicComplaint> merged = new ArrayList<>();
		long total = 0;
		for (String code : codes.stream().distinct().toList()) {
			PublicComplaintPage found = source.searchPublic(new PublicComplaintQuery(null, code, open, window.from(),
					window.until(), updated.from(), updated.until(), null, null, 1, (int) depth));
			merged.addAll(found.items());
			total += found.total();
		}
		merged.sort(Comparator.comparing(PublicComplaint::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())));
		int from = (int) Math.min(merged.size(), (long) (page - 1) * pageSize);
		int to = (int) Math.min(merged.size(), depth);
		return new Page(requests(merged.subList(from, to), zone, locale), total);
	}

	Open311Document request(String id, Locale locale) {
		PublicComplaint complaint = complaints().findPublic(id)
			.orElseThrow(() -> Open311Failure.notFound("open311.error.unknown-request", id));
		return requests(List.of(complaint), city.get().zone(), locale);
	}

	Open311Document updates(Parameters parameters) {
		ZoneId zone = city.get().zone();
		List<Problem> problems = new ArrayList<>();
		DateRules.Window window = attempt(problems,
				() -> DateRules.window(parameters, "start_date", "end_date", clock.instant(), zone));
		DateRules.Window updated = attempt(problems,
				() -> DateRules.updated(parameters, "updated_after", "updated_before", zone));
		Integer page = attempt(problems, () -> Objects.requireNonNullElse(parameters.positiveInt("page"), 1));
		Integer pageSize = attempt(problems, () -> pageSize(parameters));
		failIfAny(problems);
		if ((updated.from() != null || updated.until() != null) && !parameters.has("start_date")
				&& !parameters.has("end_date")) {
			window = new DateRules.Window(null, null);
		}
		Instant from = later(window.from(), updated.from());
		Instant until = earlier(window.until(), updated.until());
		long depth = (long) page * pageSize;
		if (depth > MAX_DEPTH) {
			throw Open311Failure.badRequest("open311.error.page-too-deep", MAX_DEPTH);
		}
		// The contract's lower bound is exclusive; start_date is inclusive (stored instants are microseconds).
		List<PublicComplaintUpdate> found = complaints().publicUpdates(from == null ? null : from.minusNanos(1000),
				until, (int) depth);
		int start = (int) Math.min(found.size(), (long) (page - 1) * pageSize);
		List<Fields> updates = found.subList(start, found.size())
			.stream()
			.map(update -> new Fields().put("update_id", Long.toString(update.updateId()))
				.put("service_request_id", update.trackingNumber())
				.put("status", FixMyStreetStatus.of(update.status(), update.open(), null))
				.put("updated_datetime", DateRules.format(update.updatedAt(), zone))
				.put("description", update.description())
				.put("media_url", absolute(update.mediaPath())))
			.toList();
		return Open311Document.list("service_request_updates", "request_update", updates);
	}

	private Open311Document requests(List<PublicComplaint> found, ZoneId zone, Locale locale) {
		List<Fields> requests = found.stream().map(complaint -> request(complaint, zone, locale)).toList();
		return Open311Document.list("service_requests", "request", requests);
	}

	/** Only the standard's fields: nothing about the reporter is ever written, not even the public first name. */
	private Fields request(PublicComplaint complaint, ZoneId zone, Locale locale) {
		String notes = complaint.statusNote();
		if (notes == null && complaint.duplicateOf() != null) {
			notes = text("open311.request.duplicate-of", locale, complaint.duplicateOf());
		}
		List<String> opds = complaint.opdNames() == null ? List.of() : complaint.opdNames();
		List<String> media = complaint.mediaPaths() == null ? List.of() : complaint.mediaPaths();
		return new Fields().put("service_request_id", complaint.trackingNumber())
			.put("status", complaint.open() ? "open" : "closed")
			.put("status_notes", notes)
			.put("service_name", complaint.categoryName())
			.put("service_code", complaint.categoryCode())
			.put("description", complaint.description())
			.put("agency_responsible", opds.isEmpty() ? null : String.join(", ", opds))
			.put("service_notice", null)
			.put("requested_datetime", DateRules.format(complaint.submittedAt(), zone))
			.put("updated_datetime", DateRules.format(complaint.updatedAt(), zone))
			.put("expected_datetime", DateRules.format(complaint.expectedAt(), zone))
			.put("address", complaint.address())
			.put("address_id", complaint.kelurahanId() == null ? null : complaint.kelurahanId().toString())
			.put("zipcode", null)
			.put("lat", complaint.latitude())
			.put("long", complaint.longitude())
			.put("media_url", media.isEmpty() ? null : absolute(media.get(0)));
	}

	// --- posting a request -----------------------------------------------------------------------------------

	Open311Document create(Parameters parameters, Locale locale) {
		String apiKey = parameters.text("api_key");
		if (apiKey == null) {
			throw Open311Failure.of(403, "open311.error.api-key-missing");
		}
		Callers.Caller caller = callers.authenticate(apiKey)
			.orElseThrow(() -> Open311Failure.of(403, "open311.error.api-key-invalid"));
		String serviceCode = parameters.text("service_code");
		if (serviceCode == null) {
			throw Open311Failure.badRequest("open311.error.missing", "service_code");
		}
		ComplaintCategory category = categories().activeLeaf(serviceCode)
			.orElseThrow(() -> Open311Failure.notFound("open311.error.unknown-service", serviceCode));

		List<Problem> problems = new ArrayList<>();
		Double latitude = attempt(problems, () -> parameters.decimal("lat", -90, 90));
		Double longitude = attempt(problems, () -> parameters.decimal("long", -180, 180));
		if (parameters.has("lat") != parameters.has("long")) {
			problems.add(new Problem("open311.error.lat-long-pair"));
		}
		String address = parameters.text("address_string");
		Long kelurahanId = attempt(problems, () -> addressId(parameters));
		if (!parameters.has("lat") && !parameters.has("long") && address == null && !parameters.has("address_id")) {
			problems.add(new Problem("open311.error.location-missing"));
		}
		String description = parameters.text("description");
		if (description != null && description.length() > MAX_DESCRIPTION) {
			problems.add(new Problem("open311.error.description-too-long", MAX_DESCRIPTION));
		}
		if (description != null && HTML.matcher(description).find()) {
			problems.add(new Problem("open311.error.description-html"));
		}
		String email = parameters.text("email");
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			problems.add(new Problem("open311.error.bad-email"));
		}
		String mediaUrl = parameters.text("media_url");
		if (mediaUrl != null && (mediaUrl.length() > 2048 || !mediaUrl.matches("(?i)https?://\\S+"))) {
			problems.add(new Problem("open311.error.bad-media-url"));
		}
		Map<String, List<String>> attributes = parameters.attributes();
		String privacy = single(attributes, "privasi");
		if (privacy != null && !PRIVACY.contains(privacy.toLowerCase(Locale.ROOT))) {
			problems.add(new Problem("open311.error.bad-privacy", String.join(", ", PRIVACY)));
		}
		String clientKey = single(attributes, "idempotency_key");
		if (clientKey != null && clientKey.length() > 200) {
			problems.add(new Problem("open311.error.idempotency-key-too-long", 200));
		}
		failIfAny(problems);

		String privacyChoice = privacy == null ? "publik" : privacy.toLowerCase(Locale.ROOT);
		if (address == null && kelurahanId != null) {
			// A kelurahan alone is a location too: its name stands in for the street address.
			address = kelurahan.apply(kelurahanId).orElse(null);
		}
		String name = join(parameters.text("first_name"), parameters.text("last_name"));
		String idempotencyKey = clientKey != null ? "client:" + clientKey
				: "window:" + submissions.keyFor(caller.keyId(),
						fingerprint(caller, parameters, serviceCode, description, privacyChoice));
		ComplaintSubmission submission = new ComplaintSubmission("open311:" + caller.name(), idempotencyKey,
				ComplaintKind.PENGADUAN, category.code(), title(description, category.name()),
				description == null ? category.name() : description, latitude, longitude, kelurahanId, address, null,
				name, email, parameters.text("phone"), "anonim".equals(privacyChoice),
				"rahasia".equals(privacyChoice), mediaUrl);
		ComplaintReceipt receipt;
		try {
			receipt = complaints().submit(submission);
		}
		catch (PolicyViolation refused) {
			throw Open311Failure.badRequest(refused.code(), refused.args());
		}
		String notice = "rahasia".equals(privacyChoice)
				? text("open311.notice.submitted-rahasia", locale, receipt.trackingNumber())
				: text("open311.notice.submitted", locale, receipt.trackingNumber());
		// account_id: this platform keeps no accounts for Open311 reporters, and nothing the client sent about the
		// reporter is echoed back.
		Fields created = new Fields().put("service_request_id", receipt.trackingNumber())
			.put("service_notice", notice)
			.put("account_id", null);
		return Open311Document.list("service_requests", "request", List.of(created));
	}

	private Long addressId(Parameters parameters) {
		String text = parameters.text("address_id");
		if (text == null) {
			return null;
		}
		try {
			long id = Long.parseLong(text);
			if (kelurahan.apply(id).isPresent()) {
				return id;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		throw Open311Failure.badRequest("open311.error.bad-address-id", text);
	}

	/**
	 * The reporter's words as the title: the first words of the description up to 80 characters, or the service's
	 * name when there is no description.
	 */
	static String title(String description, String serviceName) {
		if (description == null || description.isBlank()) {
			return serviceName;
		}
		String flat = description.strip().replaceAll("\\s+", " ");
		if (flat.length() <= MAX_TITLE) {
			return flat;
		}
		StringBuilder title = new StringBuilder();
		for (String word : flat.split(" ")) {
			if (title.length() + word.length() + 2 > MAX_TITLE) {
				break;
			}
			if (!title.isEmpty()) {
				title.append(' ');
			}
			title.append(word);
		}
		if (title.isEmpty()) {
			title.append(flat, 0, MAX_TITLE - 1);
		}
		return title.append('…').toString();
	}

	/**
	 * What makes two posts "the same report": the client, the device and the reporter's contact as sent, the
	 * service, the description and the location. Hashed, so no personal data is kept in the window.
	 */
	static String fingerprint(Callers.Caller caller, Parameters parameters, String serviceCode, String description,
			String privacy) {
		StringBuilder material = new StringBuilder().append(caller.keyId());
		for (String value : new String[] { serviceCode, parameters.text("device_id"), parameters.text("account_id"),
				parameters.text("email"), parameters.text("phone"), parameters.text("first_name"),
				parameters.text("last_name"), description, parameters.text("lat"), parameters.text("long"),
				parameters.text("address_string"), parameters.text("address_id"), parameters.text("media_url"),
				privacy }) {
			material.append('\u0000').append(value == null ? "" : value);
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(material.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	private static Boolean status(Parameters parameters) {
		List<String> statuses = parameters.commaList("status");
		boolean open = false;
		boolean closed = false;
		for (String status : statuses) {
			switch (status.toLowerCase(Locale.ROOT)) {
				case "open" -> open = true;
				case "closed" -> closed = true;
				default -> throw Open311Failure.badRequest("open311.error.bad-status", status);
			}
		}
		return open == closed ? null : open;
	}

	private static int pageSize(Parameters parameters) {
		Integer size = parameters.positiveInt("page_size");
		if (size == null) {
			return MAX_RESULTS;
		}
		if (size > MAX_RESULTS) {
			throw Open311Failure.badRequest("open311.error.page-size-too-large", MAX_RESULTS);
		}
		return size;
	}

	private static <T> T attempt(List<Problem> problems, Supplier<T> reading) {
		try {
			return reading.get();
		}
		catch (Open311Failure failure) {
			problems.addAll(failure.problems());
			return null;
		}
	}

	private static void failIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new Open311Failure(400, problems);
		}
	}

	private static String single(Map<String, List<String>> attributes, String code) {
		List<String> values = attributes.get(code);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	private static String join(String first, String last) {
		if (first == null && last == null) {
			return null;
		}
		return first == null ? last : last == null ? first : first + " " + last;
	}

	private static Instant later(Instant a, Instant b) {
		return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
	}

	private String absolute(String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		if (path.startsWith("http://") || path.startsWith("https://")) {
			return path;
		}
		return publicUrl + (path.startsWith("/") ? path : "/" + path);
	}

	private Complaints complaints() {
		Complaints source = complaints.get();
		if (source == null) {
			throw Open311Failure.of(503, "open311.error.unavailable");
		}
		return source;
	}

	private ComplaintCategories categories() {
		ComplaintCategories source = categories.get();
		if (source == null) {
			throw Open311Failure.of(503, "open311.error.unavailable");
		}
		return source;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
