package org.satukota.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for browser journeys: Debian's Chromium driven by Playwright against the platform on a random port.
 * Each test gets a fresh browser context (no cookies), so journeys do not leak sessions into each other.
 */
@IntegrationTest
public abstract class BrowserTest {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	private BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
					+ ": install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH");
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("id-ID")
			.setViewportSize(390, 844)
			.setBaseURL("http://localhost:" + port));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
		}
	}

	/** Opens a path of the platform, e.g. {@code /masuk}. */
	protected Page open(String path) {
		page.navigate(path);
		return page;
	}

	/** Logs in through the login form and waits for the landing page. */
	protected void logIn(String username, String password) {
		open("/masuk");
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi").fill(password);
		page.locator("form#login button[type=submit]").click();
		page.waitForLoadState();
	}

	protected void logOut() {
		page.locator("form[action$='/keluar'] button").click();
		page.waitForLoadState();
	}
}
