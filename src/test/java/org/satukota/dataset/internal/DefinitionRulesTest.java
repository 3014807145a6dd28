package org.satukota.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DefinitionRulesTest {

	private static DefinitionForm form() {
		DefinitionForm form = new DefinitionForm();
		form.setTitle("Harga Sembako (Pasar) Mingguan");
		form.setDescription("Harga bahan pokok.");
		form.setLicence("ODbL-1.0");
		form.setFrequency("WEEKLY");
		DefinitionForm.ColumnForm date = new DefinitionForm.ColumnForm();
		date.setName("tanggal");
		date.setType("DATE");
		DefinitionForm.ColumnForm price = new DefinitionForm.ColumnForm();
		price.setName("harga");
		price.setType("INTEGER");
		price.setUnit("Rp");
		form.setColumns(new java.util.ArrayList<>(List.of(date, price, new DefinitionForm.ColumnForm())));
		form.setChartTime("tanggal");
		form.setChartValue("harga");
		return form;
	}

	@Test
	void aCompleteDefinitionPassesAndDerivesItsSlugFromTheTitle() {
		DefinitionRules.Checked checked = DefinitionRules.check(form(), null, slug -> false);

		assertThat(checked.problems()).isEmpty();
		assertThat(checked.slug()).isEqualTo("harga-sembako-pasar-mingguan");
		assertThat(checked.columns()).extracting(ColumnSpec::name).containsExactly("tanggal", "harga");
		assertThat(checked.chart()).isEqualTo(new ChartSpec("tanggal", "harga", null));
		assertThat(checked.licence()).isEqualTo("ODbL-1.0");
	}

	@Test
	void badColumnsAChoiceWithoutValuesAndAChartOnATextColumnAreNamedByField() {
		DefinitionForm form = form();
		form.getColumns().get(1).setName("Harga Rp");
		DefinitionForm.ColumnForm choice = form.getColumns().get(2);
		choice.setName("pasar");
		choice.setType("CHOICE");
		choice.setLabel("Pasar");
		form.setChartValue("pasar");
		form.setSlug("harga sembako");

		DefinitionRules.Checked checked = DefinitionRules.check(form, null, slug -> false);

		assertThat(checked.problems()).extracting(Problem::column)
			.containsExactly("slug", "columns[1].name", "columns[2].allowed", "chartValue");
	}

	@Test
	void aTakenSlugAndMissingTextsAreRefused() {
		DefinitionForm form = form();
		form.setTitle(" ");
		form.setSlug("harga");
		form.setDescription("");
		form.setLicence("proprietary");

		assertThat(DefinitionRules.check(form, null, "harga"::equals).problems()).extracting(Problem::code)
			.containsExactly("dataset.def.title-required", "dataset.def.slug-taken",
					"dataset.def.description-required", "dataset.def.licence-invalid");
	}
}
