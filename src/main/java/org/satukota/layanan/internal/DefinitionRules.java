package org.satukota.layanan.internal;

import java.io.StringReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.satukota.account.Role;
import org.satukota.layanan.DocumentSpec;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceStandard;
import org.satukota.layanan.StepKind;
import org.satukota.layanan.WorkflowStep;
import org.xml.sax.InputSource;

/**
 * Everything a service definition must satisfy before it is published, whether it comes from the editor or from
 * the shipped seeds. Problems are keyed by the editor's property path ({@code fields[2].key}) so that each message
 * is shown next to its input; values are message codes.
 */
final class DefinitionRules {

	static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

	static final Set<String> BUILT_IN_PLACEHOLDERS = Set.of("pemohon.nama", "pemohon.nik", "pemohon.alamat",
			"unit.nama");

	static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	static final int MAX_CODE = 60;

	static final int MAX_NAME = 200;

	static final int MAX_TEXT = 4000;

	static final int MAX_TEMPLATE = 20_000;

	static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

	static final int MAX_DAYS = 365;

	static final int MAX_VALIDITY_MONTHS = 600;

	private DefinitionRules() {
	}

	static void checkCode(String code, Map<String, String> problems) {
		if (code == null || code.isBlank()) {
			problems.put("code", "layanan.editor.required");
		}
		else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
			problems.put("code", "layanan.editor.code-invalid");
		}
	}

	/** All problems of a definition; empty when it may be published. */
	static Map<String, String> check(ServiceDefinition d, Predicate<String> opdExists) {
		Map<String, String> problems = new LinkedHashMap<>();
		text(problems, "name", d.name(), true, MAX_NAME);
		text(problems, "description", d.description(), true, MAX_TEXT);
		if (d.issuerKind() == null) {
			problems.put("issuerKind", "layanan.editor.required");
		}
		else if (d.issuerKind() == IssuerKind.OPD) {
			if (d.issuerOpdCode() == null || d.issuerOpdCode().isBlank()) {
				problems.put("issuerOpdCode", "layanan.editor.opd-required");
			}
			else if (!opdExists.test(d.issuerOpdCode())) {
				problems.put("issuerOpdCode", "layanan.editor.opd-unknown");
			}
		}
		if (d.lifeEvents().isEmpty()) {
			problems.put("lifeEvents", "layanan.editor.life-events-required");
		}
		else if (d.lifeEvents().stream().anyMatch(e -> e.isBlank() || e.length() > 60)) {
			problems.put("lifeEvents", "layanan.editor.life-events-invalid");
		}
		standard(problems, d.standard());
		Set<String> fieldKeys = new HashSet<>();
		for (int i = 0; i < d.form().size(); i++) {
			field(problems, "fields[" + i + "].", d.form().get(i), fieldKeys);
		}
		Set<String> requirementKeys = new HashSet<>();
		for (int i = 0; i < d.requirements().size(); i++) {
			requirement(problems, "requirements[" + i + "].", d.requirements().get(i), requirementKeys);
		}
		workflow(problems, d.workflow());
		document(problems, d.document(), fieldKeys);
		if (d.feeRupiah() < 0) {
			problems.put("feeRupiah", "layanan.editor.number-range");
		}
		if (d.totalWorkingDays() < 0 || d.totalWorkingDays() > MAX_DAYS) {
			problems.put("totalWorkingDays", "layanan.editor.number-range");
		}
		return problems;
	}

	private static void standard(Map<String, String> problems, ServiceStandard s) {
		ServiceStandard std = s == null
				? new ServiceStandard(null, null, null, null, null, null, null, null, null, null, null, null, null, null)
				: s;
		// The six components citizens see are mandatory; the eight internal ones may be filled in later.
		text(problems, "persyaratan", std.persyaratan(), true, MAX_TEXT);
		text(problems, "prosedur", std.prosedur(), true, MAX_TEXT);
		text(problems, "jangkaWaktu", std.jangkaWaktu(), true, MAX_TEXT);
		text(problems, "biaya", std.biaya(), true, MAX_TEXT);
		text(problems, "produk", std.produk(), true, MAX_TEXT);
		text(problems, "penangananPengaduan", std.penangananPengaduan(), true, MAX_TEXT);
		text(problems, "dasarHukum", std.dasarHukum(), false, MAX_TEXT);
		text(problems, "sarana", std.sarana(), false, MAX_TEXT);
		text(problems, "kompetensi", std.kompetensi(), false, MAX_TEXT);
		text(problems, "pengawasan", std.pengawasan(), false, MAX_TEXT);
		text(problems, "jumlahPelaksana", std.jumlahPelaksana(), false, MAX_TEXT);
		text(problems, "jaminanPelayanan", std.jaminanPelayanan(), false, MAX_TEXT);
		text(problems, "jaminanKeamanan", std.jaminanKeamanan(), false, MAX_TEXT);
		text(problems, "evaluasiKinerja", std.evaluasiKinerja(), false, MAX_TEXT);
	}

	private static void field(Map<String, String> problems, String path, FormField f, Set<String> keys) {
		key(problems, path + "key", f.key(), keys);
		text(problems, path + "label", f.label(), true, MAX_NAME);
		text(problems, path + "help", f.help(), false, MAX_TEXT);
		if (f.type() == null) {
			problems.put(path + "type", "layanan.editor.required");
		}
		else if (f.type() == FieldType.CHOICE) {
			if (f.choices().size() < 2 || f.choices().stream().anyMatch(String::isBlank)
					|| new HashSet<>(f.choices()).size() != f.choices().size()) {
				problems.put(path + "choices", "layanan.editor.choices-required");
			}
		}
		if (f.maxLength() != null && (f.maxLength() < 1 || f.maxLength() > MAX_TEXT)) {
			problems.put(path + "maxLength", "layanan.editor.number-range");
		}
	}

	private static void requirement(Map<String, String> problems, String path, RequirementSpec r, Set<String> keys) {
		key(problems, path + "key", r.key(), keys);
		text(problems, path + "label", r.label(), true, MAX_NAME);
		text(problems, path + "help", r.help(), false, MAX_TEXT);
		if (r.acceptedMediaTypes().isEmpty() || !MEDIA_TYPES.containsAll(r.acceptedMediaTypes())) {
			problems.put(path + "acceptedMediaTypes", "layanan.editor.media-types-required");
		}
		if (r.maxBytes() < 1 || r.maxBytes() > MAX_UPLOAD_BYTES) {
			problems.put(path + "maxMegabytes", "layanan.editor.max-size-range");
		}
	}

	private static void workflow(Map<String, String> problems, List<WorkflowStep> steps) {
		if (steps.isEmpty()) {
			problems.put("workflow", "layanan.editor.workflow-required");
			return;
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < steps.size(); i++) {
			String path = "steps[" + i + "].";
			WorkflowStep s = steps.get(i);
			key(problems, path + "key", s.key(), keys);
			text(problems, path + "label", s.label(), true, MAX_NAME);
			if (s.kind() == null) {
				problems.put(path + "kind", "layanan.editor.required");
			}
			else if (s.kind() == StepKind.APPROVE_AND_SIGN && i != steps.size() - 1) {
				problems.put(path + "kind", "layanan.editor.sign-step-last");
			}
			if (s.actingRole() == null) {
				problems.put(path + "actingRole", "layanan.editor.required");
			}
			else if (s.kind() == StepKind.APPROVE_AND_SIGN && s.actingRole() != Role.PEJABAT_PENANDATANGAN) {
				problems.put(path + "actingRole", "layanan.editor.sign-step-role");
			}
			if (s.deadlineWorkingDays() < 0 || s.deadlineWorkingDays() > MAX_DAYS) {
				problems.put(path + "deadlineWorkingDays", "layanan.editor.number-range");
			}
		}
		if (steps.get(steps.size() - 1).kind() != StepKind.APPROVE_AND_SIGN) {
			problems.putIfAbsent("workflow", "layanan.editor.sign-step-missing");
		}
	}

	private static void document(Map<String, String> problems, DocumentSpec doc, Set<String> fieldKeys) {
		DocumentSpec d = doc == null ? new DocumentSpec(null, null, null, null) : doc;
		text(problems, "documentTitle", d.title(), true, MAX_NAME);
		text(problems, "bodyTemplate", d.bodyTemplate(), true, MAX_TEMPLATE);
		if (d.bodyTemplate() != null && !d.bodyTemplate().isBlank() && !problems.containsKey("bodyTemplate")) {
			if (!wellFormed(d.bodyTemplate())) {
				problems.put("bodyTemplate", "layanan.editor.template-not-xhtml");
			}
			else {
				Matcher m = PLACEHOLDER.matcher(d.bodyTemplate());
				while (m.find()) {
					String name = m.group(1);
					if (!BUILT_IN_PLACEHOLDERS.contains(name) && !fieldKeys.contains(name)) {
						problems.put("bodyTemplate", "layanan.editor.template-unknown-placeholder");
						break;
					}
				}
			}
		}
		text(problems, "numberFormat", d.numberFormat(), true, MAX_NAME);
		if (d.numberFormat() != null && !d.numberFormat().isBlank() && !d.numberFormat().contains("{nomor}")) {
			problems.put("numberFormat", "layanan.editor.number-format-nomor");
		}
		if (d.validityMonths() != null && (d.validityMonths() < 1 || d.validityMonths() > MAX_VALIDITY_MONTHS)) {
			problems.put("validityMonths", "layanan.editor.number-range");
		}
	}

	/** The template must parse as XHTML (wrapped in one element) so that documents can be rendered later. */
	static boolean wellFormed(String fragment) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
			builder.parse(new InputSource(new StringReader("<div>" + fragment + "</div>")));
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static void key(Map<String, String> problems, String path, String key, Set<String> seen) {
		if (key == null || key.isBlank()) {
			problems.put(path, "layanan.editor.required");
		}
		else if (key.length() > MAX_CODE || !KEY.matcher(key).matches()) {
			problems.put(path, "layanan.editor.key-invalid");
		}
		else if (!seen.add(key)) {
			problems.put(path, "layanan.editor.key-duplicate");
		}
	}

	private static void text(Map<String, String> problems, String path, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.put(path, "layanan.editor.required");
			}
		}
		else if (value.length() > max) {
			problems.put(path, "layanan.editor.too-long");
		}
	}
}
