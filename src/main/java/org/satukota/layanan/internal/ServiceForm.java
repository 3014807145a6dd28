package org.satukota.layanan.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.satukota.account.Role;
import org.satukota.layanan.DocumentSpec;
import org.satukota.layanan.FieldType;
import org.satukota.layanan.FormField;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.RequirementSpec;
import org.satukota.layanan.ServiceStandard;
import org.satukota.layanan.StepKind;
import org.satukota.layanan.WorkflowStep;

/**
 * The editor's form: everything of a service definition as strings and repeatable rows, so that any input can be
 * bound and shown back with a message next to the field. Rows whose key and label are both empty are ignored.
 */
public class ServiceForm {

	static final long MB = 1024L * 1024;

	private String code;
	private String name;
	private String description;
	private IssuerKind issuerKind;
	private String issuerOpdCode;
	private String lifeEvents;
	private String persyaratan;
	private String prosedur;
	private String jangkaWaktu;
	private String biaya;
	private String produk;
	private String penangananPengaduan;
	private String dasarHukum;
	private String sarana;
	private String kompetensi;
	private String pengawasan;
	private String jumlahPelaksana;
	private String jaminanPelayanan;
	private String jaminanKeamanan;
	private String evaluasiKinerja;
	private List<FieldRow> fields = new ArrayList<>();
	private List<RequirementRow> requirements = new ArrayList<>();
	private List<StepRow> steps = new ArrayList<>();
	private String documentTitle;
	private String bodyTemplate;
	private String numberFormat;
	private String validityMonths;
	private String feeRupiah;
	private String totalWorkingDays;
	private boolean visitNeeded;
	private boolean permit;

	/** A form field row. */
	public static class FieldRow {
		private String key;
		private String label;
		private String type;
		private boolean required;
		private String help;
		private String choices;
		private String maxLength;

		boolean isBlank() {
			return blank(key) && blank(label);
		}

		public String getKey() { return key; }
		public void setKey(String key) { this.key = key; }
		public String getLabel() { return label; }
		public void setLabel(String label) { this.label = label; }
		public String getType() { return type; }
		public void setType(String type) { this.type = type; }
		public boolean isRequired() { return required; }
		public void setRequired(boolean required) { this.required = required; }
		public String getHelp() { return help; }
		public void setHelp(String help) { this.help = help; }
		public String getChoices() { return choices; }
		public void setChoices(String choices) { this.choices = choices; }
		public String getMaxLength() { return maxLength; }
		public void setMaxLength(String maxLength) { this.maxLength = maxLength; }
	}

	/** A requirement row. */
	public static class RequirementRow {
		private String key;
		private String label;
		private boolean mandatory = true;
		private List<String> acceptedMediaTypes = new ArrayList<>(List.of("application/pdf", "image/jpeg", "image/png"));
		private String maxMegabytes = "2";
		private String help;

		boolean isBlank() {
			return blank(key) && blank(label);
		}

		public String getKey() { return key; }
		public void setKey(String key) { this.key = key; }
		public String getLabel() { return label; }
		public void setLabel(String label) { this.label = label; }
		public boolean isMandatory() { return mandatory; }
		public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
		public List<String> getAcceptedMediaTypes() { return acceptedMediaTypes; }
		public void setAcceptedMediaTypes(List<String> types) { this.acceptedMediaTypes = types == null ? new ArrayList<>() : types; }
		public String getMaxMegabytes() { return maxMegabytes; }
		public void setMaxMegabytes(String maxMegabytes) { this.maxMegabytes = maxMegabytes; }
		public String getHelp() { return help; }
		public void setHelp(String help) { this.help = help; }
	}

	/** A workflow step row. */
	public static class StepRow {
		private String key;
		private String label;
		private String kind;
		private String actingRole;
		private String deadlineWorkingDays = "1";

		boolean isBlank() {
			return blank(key) && blank(label);
		}

		public String getKey() { return key; }
		public void setKey(String key) { this.key = key; }
		public String getLabel() { return label; }
		public void setLabel(String label) { this.label = label; }
		public String getKind() { return kind; }
		public void setKind(String kind) { this.kind = kind; }
		public String getActingRole() { return actingRole; }
		public void setActingRole(String actingRole) { this.actingRole = actingRole; }
		public String getDeadlineWorkingDays() { return deadlineWorkingDays; }
		public void setDeadlineWorkingDays(String days) { this.deadlineWorkingDays = days; }
	}

	/** A fresh form with the usual two-step workflow and the requirements almost every letter has. */
	static ServiceForm blank() {
		ServiceForm form = new ServiceForm();
		form.issuerKind = IssuerKind.KELURAHAN;
		form.feeRupiah = "0";
		form.totalWorkingDays = "1";
		form.biaya = "Tidak dipungut biaya (gratis).";
		form.numberFormat = "470/{nomor}/KEL/{bulan-romawi}/{tahun}";
		form.requirements.add(requirement("pengantar-rt-rw", "Surat Pengantar RT/RW"));
		form.requirements.add(requirement("ktp", "KTP-el"));
		form.requirements.add(requirement("kk", "Kartu Keluarga"));
		form.steps.add(step("verifikasi", "Verifikasi berkas", StepKind.VERIFY, Role.PETUGAS_LAYANAN));
		form.steps.add(step("tanda-tangan", "Persetujuan dan penandatanganan", StepKind.APPROVE_AND_SIGN,
				Role.PEJABAT_PENANDATANGAN));
		return form;
	}

	private static RequirementRow requirement(String key, String label) {
		RequirementRow row = new RequirementRow();
		row.key = key;
		row.label = label;
		return row;
	}

	private static StepRow step(String key, String label, StepKind kind, Role role) {
		StepRow row = new StepRow();
		row.key = key;
		row.label = label;
		row.kind = kind.name();
		row.actingRole = role.name();
		return row;
	}

	static ServiceForm of(String code, ServiceDefinition d) {
		ServiceForm f = new ServiceForm();
		f.code = code;
		f.name = d.name();
		f.description = d.description();
		f.issuerKind = d.issuerKind();
		f.issuerOpdCode = d.issuerOpdCode();
		f.lifeEvents = String.join(", ", d.lifeEvents());
		ServiceStandard s = d.standard();
		if (s != null) {
			f.persyaratan = s.persyaratan();
			f.prosedur = s.prosedur();
			f.jangkaWaktu = s.jangkaWaktu();
			f.biaya = s.biaya();
			f.produk = s.produk();
			f.penangananPengaduan = s.penangananPengaduan();
			f.dasarHukum = s.dasarHukum();
			f.sarana = s.sarana();
			f.kompetensi = s.kompetensi();
			f.pengawasan = s.pengawasan();
			f.jumlahPelaksana = s.jumlahPelaksana();
			f.jaminanPelayanan = s.jaminanPelayanan();
			f.jaminanKeamanan = s.jaminanKeamanan();
			f.evaluasiKinerja = s.evaluasiKinerja();
		}
		for (FormField field : d.form()) {
			FieldRow row = new FieldRow();
			row.key = field.key();
			row.label = field.label();
			row.type = field.type() == null ? null : field.type().name();
			row.required = field.required();
			row.help = field.help();
			row.choices = String.join(", ", field.choices());
			row.maxLength = field.maxLength() == null ? null : String.valueOf(field.maxLength());
			f.fields.add(row);
		}
		for (RequirementSpec r : d.requirements()) {
			RequirementRow row = new RequirementRow();
			row.key = r.key();
			row.label = r.label();
			row.mandatory = r.mandatory();
			row.acceptedMediaTypes = new ArrayList<>(r.acceptedMediaTypes());
			row.maxMegabytes = String.valueOf((r.maxBytes() + MB - 1) / MB);
			row.help = r.help();
			f.requirements.add(row);
		}
		for (WorkflowStep w : d.workflow()) {
			StepRow row = new StepRow();
			row.key = w.key();
			row.label = w.label();
			row.kind = w.kind() == null ? null : w.kind().name();
			row.actingRole = w.actingRole() == null ? null : w.actingRole().name();
			row.deadlineWorkingDays = String.valueOf(w.deadlineWorkingDays());
			f.steps.add(row);
		}
		DocumentSpec doc = d.document();
		if (doc != null) {
			f.documentTitle = doc.title();
			f.bodyTemplate = doc.bodyTemplate();
			f.numberFormat = doc.numberFormat();
			f.validityMonths = doc.validityMonths() == null ? null : String.valueOf(doc.validityMonths());
		}
		f.feeRupiah = String.valueOf(d.feeRupiah());
		f.totalWorkingDays = String.valueOf(d.totalWorkingDays());
		f.visitNeeded = d.visitNeeded();
		f.permit = d.permit();
		return f;
	}

	/** Drops rows without key and label, so that row indices match the definition's list indices. */
	void compact() {
		fields.removeIf(row -> row == null || row.isBlank());
		requirements.removeIf(row -> row == null || row.isBlank());
		steps.removeIf(row -> row == null || row.isBlank());
	}

	/** One empty row more in a section ("Tambah baris"). */
	void addRow(String section) {
		switch (section == null ? "" : section) {
			case "fields" -> fields.add(new FieldRow());
			case "requirements" -> requirements.add(new RequirementRow());
			case "steps" -> steps.add(new StepRow());
			default -> {
			}
		}
	}

	/** Ensures one empty row at the end of each section for adding without the button. */
	void withEmptyRows() {
		if (fields.isEmpty() || !fields.get(fields.size() - 1).isBlank()) {
			fields.add(new FieldRow());
		}
		if (requirements.isEmpty() || !requirements.get(requirements.size() - 1).isBlank()) {
			requirements.add(new RequirementRow());
		}
		if (steps.isEmpty() || !steps.get(steps.size() - 1).isBlank()) {
			steps.add(new StepRow());
		}
	}

	/**
	 * The definition this form describes (call {@link #compact()} first); input that cannot be read (a number that
	 * is not a number, an unknown type) is put into {@code problems} by property path.
	 */
	ServiceDefinition toDefinition(Map<String, String> problems) {
		List<FormField> form = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			FieldRow row = fields.get(i);
			String path = "fields[" + i + "].";
			FieldType type = parseEnum(FieldType.class, row.type, path + "type", problems);
			List<String> choices = type == FieldType.CHOICE ? split(row.choices) : List.of();
			Integer max = blank(row.maxLength) ? null : parseInt(row.maxLength, path + "maxLength", problems);
			form.add(new FormField(strip(row.key), strip(row.label), type, row.required, strip(row.help), choices, max));
		}
		List<RequirementSpec> reqs = new ArrayList<>();
		for (int i = 0; i < requirements.size(); i++) {
			RequirementRow row = requirements.get(i);
			String path = "requirements[" + i + "].";
			Integer mb = blank(row.maxMegabytes) ? required(path + "maxMegabytes", problems)
					: parseInt(row.maxMegabytes, path + "maxMegabytes", problems);
			reqs.add(new RequirementSpec(strip(row.key), strip(row.label), row.mandatory,
					new LinkedHashSet<>(row.acceptedMediaTypes == null ? List.of() : row.acceptedMediaTypes),
					mb == null ? 0 : mb * MB, strip(row.help)));
		}
		List<WorkflowStep> workflow = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			StepRow row = steps.get(i);
			String path = "steps[" + i + "].";
			StepKind kind = parseEnum(StepKind.class, row.kind, path + "kind", problems);
			Role role = parseEnum(Role.class, row.actingRole, path + "actingRole", problems);
			Integer days = blank(row.deadlineWorkingDays) ? required(path + "deadlineWorkingDays", problems)
					: parseInt(row.deadlineWorkingDays, path + "deadlineWorkingDays", problems);
			workflow.add(new WorkflowStep(strip(row.key), strip(row.label), kind, role, days == null ? 0 : days));
		}
		Integer validity = blank(validityMonths) ? null : parseInt(validityMonths, "validityMonths", problems);
		Integer fee = blank(feeRupiah) ? Integer.valueOf(0) : parseInt(feeRupiah.replace(".", ""), "feeRupiah", problems);
		Integer total = blank(totalWorkingDays) ? required("totalWorkingDays", problems)
				: parseInt(totalWorkingDays, "totalWorkingDays", problems);
		ServiceStandard standard = new ServiceStandard(strip(persyaratan), strip(prosedur), strip(jangkaWaktu),
				strip(biaya), strip(produk), strip(penangananPengaduan), strip(dasarHukum), strip(sarana),
				strip(kompetensi), strip(pengawasan), strip(jumlahPelaksana), strip(jaminanPelayanan),
				strip(jaminanKeamanan), strip(evaluasiKinerja));
		return new ServiceDefinition(strip(name), strip(description), issuerKind,
				issuerKind == IssuerKind.OPD ? upper(strip(issuerOpdCode)) : null, split(lifeEvents), standard, form,
				reqs, workflow,
				new DocumentSpec(strip(documentTitle), strip(bodyTemplate), strip(numberFormat), validity),
				fee == null ? 0 : fee, visitNeeded, permit, total == null ? 0 : total);
	}

	private static Integer required(String path, Map<String, String> problems) {
		problems.putIfAbsent(path, "layanan.editor.required");
		return null;
	}

	private static Integer parseInt(String raw, String path, Map<String, String> problems) {
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			problems.putIfAbsent(path, "layanan.editor.not-a-number");
			return null;
		}
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String path,
			Map<String, String> problems) {
		if (blank(raw)) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.putIfAbsent(path, "layanan.editor.required");
			return null;
		}
	}

	static List<String> split(String raw) {
		if (raw == null) {
			return List.of();
		}
		return new ArrayList<>(new LinkedHashSet<>(
				Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
	}

	private static String upper(String s) {
		return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
	}

	static String strip(String s) {
		if (s == null) {
			return null;
		}
		String stripped = s.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** All problems of this form: unreadable input first, then the definition rules. */
	static Map<String, String> merge(Map<String, String> parse, Map<String, String> rules) {
		Map<String, String> all = new LinkedHashMap<>(parse);
		rules.forEach(all::putIfAbsent);
		return all;
	}

	// getters and setters for binding
	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public IssuerKind getIssuerKind() { return issuerKind; }
	public void setIssuerKind(IssuerKind issuerKind) { this.issuerKind = issuerKind; }
	public String getIssuerOpdCode() { return issuerOpdCode; }
	public void setIssuerOpdCode(String issuerOpdCode) { this.issuerOpdCode = issuerOpdCode; }
	public String getLifeEvents() { return lifeEvents; }
	public void setLifeEvents(String lifeEvents) { this.lifeEvents = lifeEvents; }
	public String getPersyaratan() { return persyaratan; }
	public void setPersyaratan(String v) { this.persyaratan = v; }
	public String getProsedur() { return prosedur; }
	public void setProsedur(String v) { this.prosedur = v; }
	public String getJangkaWaktu() { return jangkaWaktu; }
	public void setJangkaWaktu(String v) { this.jangkaWaktu = v; }
	public String getBiaya() { return biaya; }
	public void setBiaya(String v) { this.biaya = v; }
	public String getProduk() { return produk; }
	public void setProduk(String v) { this.produk = v; }
	public String getPenangananPengaduan() { return penangananPengaduan; }
	public void setPenangananPengaduan(String v) { this.penangananPengaduan = v; }
	public String getDasarHukum() { return dasarHukum; }
	public void setDasarHukum(String v) { this.dasarHukum = v; }
	public String getSarana() { return sarana; }
	public void setSarana(String v) { this.sarana = v; }
	public String getKompetensi() { return kompetensi; }
	public void setKompetensi(String v) { this.kompetensi = v; }
	public String getPengawasan() { return pengawasan; }
	public void setPengawasan(String v) { this.pengawasan = v; }
	public String getJumlahPelaksana() { return jumlahPelaksana; }
	public void setJumlahPelaksana(String v) { this.jumlahPelaksana = v; }
	public String getJaminanPelayanan() { return jaminanPelayanan; }
	public void setJaminanPelayanan(String v) { this.jaminanPelayanan = v; }
	public String getJaminanKeamanan() { return jaminanKeamanan; }
	public void setJaminanKeamanan(String v) { this.jaminanKeamanan = v; }
	public String getEvaluasiKinerja() { return evaluasiKinerja; }
	public void setEvaluasiKinerja(String v) { this.evaluasiKinerja = v; }
	public List<FieldRow> getFields() { return fields; }
	public void setFields(List<FieldRow> fields) { this.fields = fields; }
	public List<RequirementRow> getRequirements() { return requirements; }
	public void setRequirements(List<RequirementRow> requirements) { this.requirements = requirements; }
	public List<StepRow> getSteps() { return steps; }
	public void setSteps(List<StepRow> steps) { this.steps = steps; }
	public String getDocumentTitle() { return documentTitle; }
	public void setDocumentTitle(String v) { this.documentTitle = v; }
	public String getBodyTemplate() { return bodyTemplate; }
	public void setBodyTemplate(String v) { this.bodyTemplate = v; }
	public String getNumberFormat() { return numberFormat; }
	public void setNumberFormat(String v) { this.numberFormat = v; }
	public String getValidityMonths() { return validityMonths; }
	public void setValidityMonths(String v) { this.validityMonths = v; }
	public String getFeeRupiah() { return feeRupiah; }
	public void setFeeRupiah(String v) { this.feeRupiah = v; }
	public String getTotalWorkingDays() { return totalWorkingDays; }
	public void setTotalWorkingDays(String v) { this.totalWorkingDays = v; }
	public boolean isVisitNeeded() { return visitNeeded; }
	public void setVisitNeeded(boolean v) { this.visitNeeded = v; }
	public boolean isPermit() { return permit; }
	public void setPermit(boolean v) { this.permit = v; }
}
