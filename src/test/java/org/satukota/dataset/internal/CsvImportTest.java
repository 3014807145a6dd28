package org.satukota.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class CsvImportTest {

	private static final Locale ID = Locale.forLanguageTag("id");

	private static final List<ColumnSpec> PRICES = List.of(
			new ColumnSpec("tanggal", "Tanggal", ColumnType.DATE, true, null, List.of()),
			new ColumnSpec("komoditas", "Komoditas", ColumnType.CHOICE, true, null, List.of("Beras medium", "Gula pasir")),
			new ColumnSpec("harga", "Harga", ColumnType.DECIMAL, true, "Rp", List.of()),
			new ColumnSpec("stok", "Stok", ColumnType.INTEGER, false, "kg", List.of()),
			new ColumnSpec("catatan", "Catatan", ColumnType.TEXT, false, null, List.of()));

	private final ResourceBundleMessageSource messages = messages();

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/dataset");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private CsvImport.Result validate(String text) {
		return CsvImport.validate(text.getBytes(StandardCharsets.UTF_8), PRICES);
	}

	private List<String> messagesOf(CsvImport.Result result) {
		return result.problems().stream().map(p -> p.message(messages, ID)).toList();
	}

	@Test
	void aGoodCommaFileGivesTypedRowsInColumnOrder() {
		CsvImport.Result result = validate("""
				tanggal,komoditas,harga,stok,catatan
				2026-05-04,Beras medium,13500,1.200,
				2026-05-04,gula pasir,17500.50,,naik
				""");

		assertThat(result.ok()).isTrue();
		assertThat(result.rows()).hasSize(2);
		assertThat(result.rows().get(0)).containsEntry("tanggal", "2026-05-04")
			.containsEntry("komoditas", "Beras medium")
			.containsEntry("harga", new BigDecimal("13500"))
			.containsEntry("stok", 1200L)
			.containsEntry("catatan", null);
		assertThat(result.rows().get(1)).containsEntry("komoditas", "Gula pasir")
			.containsEntry("harga", new BigDecimal("17500.50"))
			.containsEntry("stok", null);
	}

	@Test
	void aSemicolonFileFromAnIndonesianSpreadsheetWithDecimalCommasAndLocalDatesIsRead() {
		CsvImport.Result result = validate("tanggal;komoditas;harga;stok;catatan\r\n04/05/2026;Beras medium;13500,5;10;x\r\n");

		assertThat(result.ok()).isTrue();
		assertThat(result.rows().get(0)).containsEntry("tanggal", "2026-05-04")
			.containsEntry("harga", new BigDecimal("13500.5"));
	}

	@Test
	void aByteOrderMarkBeforeTheHeaderIsIgnored() {
		CsvImport.Result result = validate("\uFEFFtanggal,komoditas,harga,stok,catatan\n2026-05-04,Beras medium,1,,\n");

		assertThat(result.ok()).isTrue();
		assertThat(result.rows()).hasSize(1);
	}

	@Test
	void quotedFieldsMayHoldTheDelimiterDoubledQuotesAndLineBreaks() {
		CsvImport.Result result = validate("""
				tanggal,komoditas,harga,stok,catatan
				2026-05-04,"Beras medium","13500",,"naik, karena ""panen"" mundur
				baris kedua"
				2026-05-11,Gula pasir,17500,,biasa
				""");

		assertThat(result.ok()).isTrue();
		assertThat(result.rows()).hasSize(2);
		assertThat(result.rows().get(0).get("catatan")).isEqualTo("naik, karena \"panen\" mundur\nbaris kedua");
		assertThat(result.rows().get(1).get("catatan")).isEqualTo("biasa");
	}

	@Test
	void everyBadCellIsReportedWithItsSpreadsheetRowAndColumnInBahasaIndonesia() {
		CsvImport.Result result = validate("""
				tanggal,komoditas,harga,stok,catatan
				2026-05-04,Beras medium,13500,,
				2026-05-04,Beras medium,13500,,
				2026-05-04,Beras medium,13500,,
				2026-05-04,Beras medium,13500,,
				2026-05-04,Beras medium,13500,,
				2026-05-04,Beras medium,abc,12.5,
				2026-02-30,Jagung,,10,
				""");

		assertThat(result.ok()).isFalse();
		assertThat(result.rows()).isEmpty();
		assertThat(messagesOf(result)).containsExactly("Baris 7, kolom harga: 'abc' bukan angka",
				"Baris 7, kolom stok: '12.5' bukan bilangan bulat",
				"Baris 8, kolom tanggal: '2026-02-30' bukan tanggal (tulis 2026-05-31 atau 31/05/2026)",
				"Baris 8, kolom komoditas: 'Jagung' bukan pilihan yang diizinkan (Beras medium, Gula pasir)",
				"Baris 8, kolom harga: wajib diisi");
		assertThat(result.problemCount()).isEqualTo(5);
	}

	@Test
	void rowNumbersFollowRecordsNotPhysicalLinesAfterAQuotedLineBreak() {
		CsvImport.Result result = validate("tanggal,komoditas,harga,stok,catatan\n"
				+ "2026-05-04,Beras medium,1,,\"dua\nbaris\"\n" + "2026-05-04,Beras medium,x,,\n");

		assertThat(messagesOf(result)).containsExactly("Baris 3, kolom harga: 'x' bukan angka");
	}

	@Test
	void aRowWithTheWrongNumberOfFieldsIsNamed() {
		CsvImport.Result result = validate("tanggal,komoditas,harga,stok,catatan\n2026-05-04,Beras medium,1\n");

		assertThat(messagesOf(result)).containsExactly("Baris 2: berisi 3 kolom, seharusnya 5");
	}

	@Test
	void theHeaderMustNameTheDatasetsColumnsInAnyOrderAndCase() {
		assertThat(validate("HARGA,Tanggal,komoditas,catatan,stok\n1,2026-05-04,Beras medium,,\n").ok()).isTrue();

		CsvImport.Result wrong = validate("tanggal,komoditas,price,stok,catatan\n2026-05-04,Beras medium,1,,\n");
		assertThat(messagesOf(wrong)).containsExactly("Baris 1 (judul kolom): kolom harga tidak ada",
				"Baris 1 (judul kolom): kolom price tidak dikenal; kolom dataset ini: tanggal, komoditas, harga, stok, catatan");
	}

	@Test
	void aFileThatIsNotUtf8OrHasNoDataOrAnOpenQuoteIsRefusedAsAWhole() {
		byte[] latin1 = "tanggal,komoditas,harga,stok,catatan\n2026-05-04,Beras medium,1,,caf\u00e9\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(CsvImport.validate(latin1, PRICES).problems()).extracting(Problem::code)
			.containsExactly("dataset.csv.not-utf8");
		assertThat(validate("tanggal,komoditas,harga,stok,catatan\n").problems()).extracting(Problem::code)
			.containsExactly("dataset.csv.empty");
		assertThat(validate("").problems()).extracting(Problem::code).containsExactly("dataset.csv.empty");
		assertThat(messagesOf(validate("tanggal,komoditas,harga,stok,catatan\n2026-05-04,\"Beras,1,,\n")))
			.containsExactly("Baris 2: tanda kutip dibuka tetapi tidak ditutup");
	}

	@Test
	void blankLinesAreSkippedAndOnlyTheFirstFiftyProblemsAreListedButAllAreCounted() {
		StringBuilder csv = new StringBuilder("tanggal,komoditas,harga,stok,catatan\n\n");
		for (int i = 0; i < 60; i++) {
			csv.append("2026-05-04,Beras medium,x,,\n");
		}
		CsvImport.Result result = validate(csv.toString());

		assertThat(result.problems()).hasSize(CsvImport.MAX_LISTED);
		assertThat(result.problemCount()).isEqualTo(60);
		assertThat(result.problems().get(0).row()).isEqualTo(3);
	}

	@Test
	void indonesianThousandSeparatorsAreAcceptedForIntegersButNotAmbiguousDecimals() {
		ColumnSpec integer = new ColumnSpec("n", "n", ColumnType.INTEGER, true, null, List.of());
		assertThat(CellParser.parse(integer, "12.500").value()).isEqualTo(12500L);
		assertThat(CellParser.parse(integer, "-7").value()).isEqualTo(-7L);
		assertThat(CellParser.parse(integer, "12,5").problem()).isEqualTo("not-an-integer");
		assertThat(CellParser.parse(integer, "99999999999999999999").failed()).isTrue();
		ColumnSpec decimal = new ColumnSpec("d", "d", ColumnType.DECIMAL, true, null, List.of());
		assertThat(CellParser.parse(decimal, "1.234,56").value()).isEqualTo(new BigDecimal("1234.56"));
		assertThat(CellParser.parse(decimal, "1e5").problem()).isEqualTo("not-a-number");
	}

	@Test
	void theDelimiterIsTheOneTheHeaderUsesMost() {
		assertThat(CsvReader.detectDelimiter("a;b;c\n1,5;2;3")).isEqualTo(';');
		assertThat(CsvReader.detectDelimiter("a,b,\"c;d\"\n")).isEqualTo(',');
	}
}
