package org.satukota.informasi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.berkas.Upload;
import org.satukota.directory.UnitType;
import org.satukota.directory.Units;
import org.satukota.pengaduan.ComplaintKind;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.pengaduan.Complaints;
import org.satukota.shared.Actor;
import org.satukota.shared.UpdateFrequency;
import org.satukota.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The citizen-facing pages stay light and accessible: each weighs at most 150 KB transferred on a first visit (empty
 * cache: HTML, CSS, JS and images as sent, i.e. compressed) and axe-core finds no violations. The dataset and
 * complaint pages are checked when their modules are present (found through the first link on {@code /data} and
 * {@code /pengaduan}). Results go to {@code target/portal-weight.md} for docs/benchmarks.md.
 */
class PortalWeightBrowserTest extends BrowserTest {

	static final long LIMIT_BYTES = 150 * 1024;

	private static final String AXE_RESOURCE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	/** The first page a fresh server renders compiles its templates; on a busy machine that takes a while. */
	private static final Page.NavigateOptions FIRST_LOAD = new Page.NavigateOptions().setTimeout(60_000);

	private static final Map<String, String> RESULTS = new ConcurrentSkipListMap<>();

	private static String axe() {
		try (InputStream in = PortalWeightBrowserTest.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
			assertThat(in).as("axe-core WebJar on the test classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	ContentEditing editing;

	@Autowired
	Units units;

	@Autowired
	Complaints complaints;

	private static volatile boolean seeded;

	private static volatile String complaintNumber;

	/** Content on every list, so the pages are measured and checked with items on them, whatever ran before. */
	@BeforeEach
	void publishSomething() {
		if (seeded) {
			return;
		}
		long unit = units.findByCode("DISKOMINFO").orElseThrow().id();
		Actor actor = new Actor("sistem", "PENGELOLA_DATA", unit);
		Instant soon = Instant.now().plus(Duration.ofDays(3));
		editing.create(ContentKind.BERITA, unit, details("Layanan daring diperluas", "Lihat [katalog](/layanan).",
				null, null, null), ContentEditing.Files.NONE, true, actor);
		editing.create(ContentKind.PENGUMUMAN, unit, details("Harga beras pekan ini", "Beras medium Rp13.500/kg.",
				null, null, null), ContentEditing.Files.NONE, true, actor);
		editing.create(ContentKind.AGENDA, unit, details("Sosialisasi layanan daring", "Untuk ketua RT/RW.", soon,
				"Aula Kantor Wali Kota", null), ContentEditing.Files.NONE, true, actor);
		editing.create(ContentKind.REGULASI, unit, details("Perda Pelayanan Publik", null, null, null,
				"Perda Nomor 3 Tahun 2024"), new ContentEditing.Files(null, new Upload("perda.pdf", Editors.PDF)), true,
				actor);
		long kelurahan = units.activeUnits()
			.stream()
			.filter(u -> u.type() == UnitType.KELURAHAN)
			.findFirst()
			.orElseThrow()
			.id();
		complaintNumber = complaints.submit(new ComplaintSubmission("uji", UUID.randomUUID().toString(),
				ComplaintKind.PENGADUAN, "jalan-rusak", "Jalan berlubang di depan pasar",
				"Lubang besar di badan jalan depan pasar, membahayakan pengendara motor.", -2.99, 104.76, kelurahan,
				"Jl. Merdeka depan pasar", null, "Budi Santoso", "budi.uji@warga.test", null, false, false, null))
			.trackingNumber();
		seeded = true;
	}

	private static ContentDetails details(String title, String body, Instant starts, String place, String number) {
		return new ContentDetails(title, null, body, starts, null, place, number, null, UpdateFrequency.WEEKLY, null,
				null);
	}

	@Test
	void theHomePageIsLightAndHasNoAccessibilityViolations() {
		check("/");
	}

	@Test
	void aServicePageIsLightAndHasNoAccessibilityViolations() {
		check("/layanan/sk-domisili");
	}

	@Test
	void thePortalsOtherPublicPagesAreLightAndHaveNoAccessibilityViolations() {
		for (String path : List.of("/kontak", "/berita", "/agenda", "/regulasi", "/cari?q=surat+nikah")) {
			check(path);
		}
	}

	@Test
	void aDatasetPageIsLightAndHasNoAccessibilityViolations() {
		check(firstLinkOn("/data", "a[href^='/data/']:not([href$='.csv']):not([href$='.json'])"));
	}

	@Test
	void aComplaintStatusPageIsLightAndHasNoAccessibilityViolations() {
		check("/pengaduan/" + complaintNumber);
	}

	/** The first link matching {@code selector} on a page; the test is skipped when the page or link is absent. */
	private String firstLinkOn(String path, String selector) {
		Response response = page.navigate(path, FIRST_LOAD);
		assumeTrue(response != null && response.status() == 200 && response.url().endsWith(path),
				path + " is not served publicly (module not merged)");
		var links = page.locator(selector);
		assumeTrue(links.count() > 0, "no public item linked from " + path);
		return links.first().getAttribute("href");
	}

	private void check(String path) {
		Response response = page.navigate(path, FIRST_LOAD);
		assertThat(response.status()).as(path).isEqualTo(200);
		page.waitForLoadState(LoadState.NETWORKIDLE);
		long bytes = transferredBytes(page);
		List<String> violations = axeViolations(page);
		RESULTS.put(path, String.format("| `%s` | %.1f KB | %s |", path, bytes / 1024.0,
				violations.isEmpty() ? "none" : String.join("; ", violations)));
		assertThat(bytes).as("bytes transferred for " + path).isLessThanOrEqualTo(LIMIT_BYTES);
		assertThat(violations).as("axe-core violations on " + path).isEmpty();
	}

	/** The encoded (as transferred, before decompression) bodies of the document and everything it loaded. */
	private static long transferredBytes(Page page) {
		Object total = page.evaluate("""
				() => {
				  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
				  return entries.reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize || 0), 0);
				}""");
		return ((Number) total).longValue();
	}

	@SuppressWarnings("unchecked")
	private static List<String> axeViolations(Page page) {
		String source = axe();
		try {
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(source));
		}
		catch (RuntimeException refused) {
			// Inline scripts are refused by the page's Content-Security-Policy; run the same source through the
			// DevTools protocol instead, which the policy does not govern.
		}
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
			page.evaluate("(source) => { (0, eval)(source); }", source);
		}
		Object found = page.evaluate("""
				async () => {
				  const result = await axe.run(document, { resultTypes: ['violations'] });
				  return result.violations.map(v => v.id + ' (' + v.impact + '): '
				    + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
				}""");
		return (List<String>) found;
	}

	@AfterAll
	static void writeResults() throws IOException {
		Path out = Path.of("target", "portal-weight.md");
		Files.createDirectories(out.getParent());
		StringBuilder text = new StringBuilder("| page | transferred | axe-core violations |\n| --- | --- | --- |\n");
		RESULTS.values().forEach(row -> text.append(row).append('\n'));
		Files.writeString(out, text.toString());
	}
}
