package org.satukota.dataset.internal;

import java.util.ArrayList;
import java.util.List;

/** What the definition form posts; checked by {@link DefinitionRules}. */
public class DefinitionForm {

	static final int BLANK_COLUMN_ROWS = 3;

	private String title = "";

	private String slug = "";

	private String description = "";

	private String licence = "CC-BY-4.0";

	private Long ownerUnitId;

	private String frequency = "MONTHLY";

	private List<ColumnForm> columns = new ArrayList<>();

	private String chartTime = "";

	private String chartValue = "";

	private String chartSeries = "";

	/** One column row of the form. */
	public static class ColumnForm {

		private String name = "";

		private String label = "";

		private String type = "TEXT";

		private boolean required;

		private String unit = "";

		private String allowed = "";

		public ColumnForm() {
		}

		ColumnForm(ColumnSpec spec) {
			this.name = spec.name();
			this.label = spec.label();
			this.type = spec.type().name();
			this.required = spec.required();
			this.unit = spec.unitOfMeasure() == null ? "" : spec.unitOfMeasure();
			this.allowed = String.join(", ", spec.allowedValues());
		}

		boolean blank() {
			return isBlank(name) && isBlank(label) && isBlank(unit) && isBlank(allowed);
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getLabel() { return label; }
		public void setLabel(String label) { this.label = label; }
		public String getType() { return type; }
		public void setType(String type) { this.type = type; }
		public boolean isRequired() { return required; }
		public void setRequired(boolean required) { this.required = required; }
		public String getUnit() { return unit; }
		public void setUnit(String unit) { this.unit = unit; }
		public String getAllowed() { return allowed; }
		public void setAllowed(String allowed) { this.allowed = allowed; }
	}

	static DefinitionForm of(Dataset dataset) {
		DefinitionForm form = new DefinitionForm();
		form.title = dataset.title();
		form.slug = dataset.slug();
		form.description = dataset.description();
		form.licence = dataset.licence();
		form.ownerUnitId = dataset.ownerUnitId();
		form.frequency = dataset.frequency().name();
		dataset.columns().forEach(c -> form.columns.add(new ColumnForm(c)));
		if (dataset.chart() != null) {
			form.chartTime = dataset.chart().timeColumn();
			form.chartValue = dataset.chart().valueColumn();
			form.chartSeries = dataset.chart().seriesColumn() == null ? "" : dataset.chart().seriesColumn();
		}
		return form;
	}

	/** Leaves a few empty column rows to fill in, so a column can be added without scripting. */
	DefinitionForm withBlankColumns() {
		columns.removeIf(ColumnForm::blank);
		for (int i = 0; i < BLANK_COLUMN_ROWS; i++) {
			columns.add(new ColumnForm());
		}
		return this;
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSlug() { return slug; }
	public void setSlug(String slug) { this.slug = slug; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getLicence() { return licence; }
	public void setLicence(String licence) { this.licence = licence; }
	public Long getOwnerUnitId() { return ownerUnitId; }
	public void setOwnerUnitId(Long ownerUnitId) { this.ownerUnitId = ownerUnitId; }
	public String getFrequency() { return frequency; }
	public void setFrequency(String frequency) { this.frequency = frequency; }
	public List<ColumnForm> getColumns() { return columns; }
	public void setColumns(List<ColumnForm> columns) { this.columns = columns; }
	public String getChartTime() { return chartTime; }
	public void setChartTime(String chartTime) { this.chartTime = chartTime; }
	public String getChartValue() { return chartValue; }
	public void setChartValue(String chartValue) { this.chartValue = chartValue; }
	public String getChartSeries() { return chartSeries; }
	public void setChartSeries(String chartSeries) { this.chartSeries = chartSeries; }
}
