package org.satukota.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.open311.Open311KeyCreated;
import org.satukota.open311.Open311KeyRevoked;
import org.satukota.shared.Actor;
import org.satukota.support.IntegrationTest;
import org.satukota.support.MutableClock;
import org.satukota.support.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Admins issue and revoke Open311 keys; the demo key; the retry window behind key-less posts. */
@IntegrationTest
class Open311KeysIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcSubmissionWindow window;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	MockMvc mvc;

	PublishedEvents events;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		events = PublishedEvents.startRecording(context, "open311.");
	}

	@AfterEach
	void tearDown() {
		events.stop();
		clock.reset();
	}

	private static String unique() {
		return "klien-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private String page(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anAdminIssuesAKeyThatIsShownOnceStoredOnlyAsAHashAndAudited() throws Exception {
		String name = unique();
		MvcResult created = mvc.perform(post("/admin/open311").with(csrf())
			.with(user("admin").roles("ADMIN", "STAF"))
			.param("name", name)
			.param("description", "Aplikasi FixMyStreet kota")).andReturn();

		assertThat(created.getResponse().getStatus()).isEqualTo(200);
		assertThat(created.getResponse().getHeader("Cache-Control")).contains("no-store");
		Matcher shown = Pattern.compile("value=\"(o311_[A-Za-z0-9_-]+)\"").matcher(page(created));
		assertThat(shown.find()).isTrue();
		String key = shown.group(1);
		assertThat(jdbc.sql("select count(*) from open311_api_key where key_hash = ? and name = ?")
			.params(ApiKeys.hash(key), name)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from open311_api_key where key_hash = ? or key_prefix = ?")
			.params(key, key)
			.query(Long.class)
			.single()).isZero();
		assertThat(keys.authenticate(key)).hasValueSatisfying(caller -> assertThat(caller.name()).isEqualTo(name));
		assertThat(events).singleElement().isInstanceOfSatisfying(Open311KeyCreated.class, event -> {
			assertThat(event.name()).isEqualTo(name);
			assertThat(event.actor().username()).isEqualTo("admin");
			assertThat(event.action()).isEqualTo("open311.key-created");
		});

		String list = page(mvc.perform(get("/admin/open311").with(user("admin").roles("ADMIN", "STAF"))).andReturn());
		assertThat(list).contains(name, key.substring(0, 9)).doesNotContain(key);
		long id = keys.activeByName(name).orElseThrow().id();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc
				.sql("select count(*) from audit_entry where action = 'open311.key-created' and record_id = ?")
				.param(Long.toString(id))
				.query(Long.class)
				.single()).isEqualTo(1));
	}

	@Test
	void aRevokedKeyNoLongerAuthenticatesAndTheRevocationIsAuditedWithItsReason() throws Exception {
		ApiKeys.CreatedKey created = keys.create(unique(), null, new Actor("admin", "ADMIN", null));
		events.clear();

		MvcResult revoked = mvc.perform(post("/admin/open311/{id}/cabut", created.id()).with(csrf())
			.with(user("admin").roles("ADMIN", "STAF"))
			.param("reason", "Aplikasi dihentikan")).andReturn();

		assertThat(revoked.getResponse().getStatus()).isEqualTo(302);
		assertThat(keys.authenticate(created.key())).isEmpty();
		assertThat(events).singleElement().isInstanceOfSatisfying(Open311KeyRevoked.class, event -> {
			assertThat(event.keyId()).isEqualTo(created.id());
			assertThat(event.reason()).isEqualTo("Aplikasi dihentikan");
		});
		MvcResult again = mvc.perform(post("/admin/open311/{id}/cabut", created.id()).with(csrf())
			.with(user("admin").roles("ADMIN", "STAF"))).andReturn();
		assertThat(page(again)).contains("sudah dicabut");
		assertThat(mvc.perform(post("/admin/open311/{id}/cabut", 987654321L).with(csrf())
			.with(user("admin").roles("ADMIN", "STAF"))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aBadOrTakenNameIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
		long before = jdbc.sql("select count(*) from open311_api_key").query(Long.class).single();

		String bad = page(mvc.perform(post("/admin/open311").with(csrf())
			.with(user("admin").roles("ADMIN", "STAF"))
			.param("name", "Nama Dengan Spasi")).andReturn());

		assertThat(bad).contains("aria-invalid=\"true\"", "id=\"name-error\"", "Nama Dengan Spasi");
		String name = unique();
		keys.create(name, null, Actor.SYSTEM);
		String taken = page(mvc.perform(post("/admin/open311").with(csrf())
			.with(user("admin").roles("ADMIN", "STAF"))
			.param("name", name)).andReturn());
		assertThat(taken).contains("id=\"name-error\"", "Sudah ada kunci aktif");
		assertThat(jdbc.sql("select count(*) from open311_api_key").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void onlyAdminsManageKeys() throws Exception {
		int status = mvc.perform(get("/admin/open311").with(user("staf").roles("STAF", "ADMIN_PENGADUAN")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
		int anonymous = mvc.perform(post("/admin/open311").with(csrf()).param("name", unique()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(anonymous).isEqualTo(302);
	}

	@Test
	void theDemoKeyIsIssuedOnceAndReplacedWhenItsValueChanges() {
		String first = "demo-" + UUID.randomUUID();
		DemoOpen311Key demo = new DemoOpen311Key(keys, jdbc, transactions, first);

		assertThat(demo.ensure()).isTrue();
		assertThat(demo.ensure()).isFalse();
		assertThat(keys.authenticate(first)).hasValueSatisfying(caller -> assertThat(caller.name()).isEqualTo("demo"));

		String second = "demo-" + UUID.randomUUID();
		assertThat(new DemoOpen311Key(keys, jdbc, transactions, second).ensure()).isTrue();
		assertThat(keys.authenticate(first)).isEmpty();
		assertThat(keys.authenticate(second)).isPresent();
		assertThat(new DemoOpen311Key(keys, jdbc, transactions, "").ensure()).isTrue();
		assertThat(keys.authenticate(DemoOpen311Key.DEFAULT_KEY)).isPresent();
	}

	@Test
	void identicalKeylessPostsShareAKeyWithinTheWindowEvenConcurrently() throws Exception {
		long keyId = keys.create(unique(), null, Actor.SYSTEM).id();
		String fingerprint = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		Set<String> drawn = new HashSet<>();
		try {
			List<Callable<String>> posts = List.of(() -> window.keyFor(keyId, fingerprint),
					() -> window.keyFor(keyId, fingerprint), () -> window.keyFor(keyId, fingerprint),
					() -> window.keyFor(keyId, fingerprint));
			for (Future<String> key : pool.invokeAll(posts)) {
				drawn.add(key.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(drawn).hasSize(1);
		String key = drawn.iterator().next();

		clock.setInstant(clock.instant().plus(Duration.ofMinutes(14)));
		assertThat(window.keyFor(keyId, fingerprint)).as("a retry extends the window").isEqualTo(key);
		clock.advance(Duration.ofMinutes(14));
		assertThat(window.keyFor(keyId, fingerprint)).isEqualTo(key);
		clock.advance(Duration.ofMinutes(16));
		assertThat(window.keyFor(keyId, fingerprint)).as("a new report after quiet time").isNotEqualTo(key);
		assertThat(window.keyFor(keyId, "lain-" + fingerprint)).isNotEqualTo(key);
	}
}
