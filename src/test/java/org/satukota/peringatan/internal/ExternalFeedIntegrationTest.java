package org.satukota.peringatan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.peringatan.ExternalWarningReceived;
import org.satukota.peringatan.ExternalWarnings;
import org.satukota.peringatan.PublicWarning;
import org.satukota.shared.Actor;
import org.satukota.support.IntegrationTest;
import org.satukota.support.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class ExternalFeedIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ExternalRepository repository;

	@Autowired
	ExternalFeedFetcher fetcher;

	@Autowired
	ExternalWarnings externalWarnings;

	@Autowired
	JdbcClient jdbc;

	FixtureServer server;

	PublishedEvents events;

	String run;

	@BeforeEach
	void setUp() throws Exception {
		server = new FixtureServer();
		events = PublishedEvents.startRecording(context, "peringatan.external-received");
		run = UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void tearDown() {
		events.stop();
		server.close();
	}

	/** A subscription the scheduled reader leaves alone (paused), so the test decides when it is read. */
	long subscribe(String url) {
		long id = repository.register("BMKG uji " + run, URI.create(url), Instant.now(), "admin");
		repository.setActive(id, false, Instant.now());
		return id;
	}

	/** The two BMKG fixture alerts, with identifiers unique to this test. */
	void serveRssFeed() throws Exception {
		server.serve("/bmkg/rss.xml", "feed-rss.xml")
			.serve("/bmkg/bmkg-alert-1.xml", "bmkg-alert-1.xml", "CBT20261122001", "CBT-" + run + "-1",
					"Sumatera Selatan", "Sumatera Selatan " + run)
			.serve("/alerts/bmkg-alert-2.xml", "bmkg-alert-2.xml", "CBT20261122002", "CBT-" + run + "-2");
	}

	@Test
	void aValidRssFeedStoresEachAlertOnceAndAnnouncesItToTheCommandCenterWall() throws Exception {
		serveRssFeed();
		long id = subscribe(server.url("/bmkg/rss.xml"));

		ExternalFeedFetcher.Outcome first = fetcher.fetchNow(id);

		assertThat(first).isEqualTo(new ExternalFeedFetcher.Outcome(2, 0));
		assertThat(events).hasSize(2).allSatisfy(event -> {
			assertThat(event).isInstanceOf(ExternalWarningReceived.class);
			assertThat(event.action()).isEqualTo("peringatan.external-received");
			assertThat(event.actor()).isEqualTo(Actor.SYSTEM);
			assertThat(event.recordType()).isEqualTo("peringatan");
			assertThat(event.recordId()).startsWith("luar-");
		});
		assertThat(externalWarnings.inForce()).extracting(PublicWarning::identifier)
			.contains("CBT-" + run + "-1", "CBT-" + run + "-2");
		PublicWarning received = externalWarnings.inForce()
			.stream()
			.filter(w -> w.identifier().equals("CBT-" + run + "-1"))
			.findFirst()
			.orElseThrow();
		assertThat(received.headline()).contains("Sumatera Selatan " + run);
		assertThat(received.path()).startsWith("/peringatan/luar-");
		assertThat(repository.subscription(id)).hasValueSatisfying(s -> assertThat(s.lastOk()).isTrue());

		// Reading again brings nothing new and announces nothing.
		assertThat(fetcher.fetchNow(id)).isEqualTo(new ExternalFeedFetcher.Outcome(0, 0));
		assertThat(events).hasSize(2);

		// The same message from another source (the CAP document itself) is a duplicate: ignored.
		server.serve("/direct.xml", "bmkg-alert-1.xml", "CBT20261122001", "CBT-" + run + "-1");
		long direct = subscribe(server.url("/direct.xml"));
		assertThat(fetcher.fetchNow(direct)).isEqualTo(new ExternalFeedFetcher.Outcome(0, 0));
		assertThat(events).hasSize(2);
		assertThat(jdbc.sql("SELECT count(*) FROM peringatan_eksternal WHERE identifier = :id")
			.param("id", "CBT-" + run + "-1")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aCancelFromTheSenderTakesItsAlertOutOfForce() throws Exception {
		serveRssFeed();
		fetcher.fetchNow(subscribe(server.url("/bmkg/rss.xml")));
		server.serve("/cancel.xml", "bmkg-alert-1.xml", "CBT20261122001", "CBT-" + run + "-X", "<msgType>Alert</msgType>",
				"<msgType>Cancel</msgType>", "<scope>Public</scope>", "<scope>Public</scope><references>bmkg-uji@bmkg.go.id,CBT-"
						+ run + "-1,2026-11-22T09:00:00+07:00</references>");
		assertThat(fetcher.fetchNow(subscribe(server.url("/cancel.xml")))).isEqualTo(new ExternalFeedFetcher.Outcome(1, 0));
		assertThat(externalWarnings.inForce()).extracting(PublicWarning::identifier)
			.contains("CBT-" + run + "-2")
			.doesNotContain("CBT-" + run + "-1", "CBT-" + run + "-X");
	}

	@Test
	void malformedXmlIsRecordedAsAFetchErrorThatAdminsSee() throws Exception {
		server.serve("/malformed.xml", "malformed.xml");
		long id = subscribe(server.url("/malformed.xml"));

		assertThat(fetcher.fetchNow(id)).isEqualTo(new ExternalFeedFetcher.Outcome(0, 1));

		assertThat(repository.recentErrors(id, 5)).singleElement()
			.satisfies(error -> assertThat(error.code()).isEqualTo("peringatan.fetch.malformed"));
		assertThat(repository.subscription(id)).hasValueSatisfying(s -> assertThat(s.lastOk()).isFalse());
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		MockHttpSession admin = new Staff(mvc).admin();
		String page = mvc.perform(get("/admin/peringatan/langganan").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"langganan-" + id + "\"", "XML rusak atau tidak diizinkan");
		assertThat(events).isEmpty();
	}

	@Test
	void aDocumentWithAnExternalEntityIsRefusedAsMalformed() throws Exception {
		server.serve("/xxe.xml", "xxe.xml");
		long id = subscribe(server.url("/xxe.xml"));
		assertThat(fetcher.fetchNow(id)).isEqualTo(new ExternalFeedFetcher.Outcome(0, 1));
		assertThat(repository.recentErrors(id, 5)).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo("peringatan.fetch.malformed");
			assertThat(error.detail()).doesNotContain("root:x:0:0");
		});
	}

	@Test
	void anAlertFailingTheSchemaIsRefusedWhileTheValidEntriesOfTheSameFeedAreKept() throws Exception {
		server.serve("/atom.xml", "feed-atom.xml")
			.serve("/alerts/bmkg-alert-1.xml", "bmkg-alert-1.xml", "CBT20261122001", "CBT-" + run + "-A")
			.serve("/alerts/bmkg-alert-invalid.xml", "bmkg-alert-invalid.xml");
		long id = subscribe(server.url("/atom.xml"));

		assertThat(fetcher.fetchNow(id)).isEqualTo(new ExternalFeedFetcher.Outcome(1, 1));

		assertThat(repository.recentErrors(id, 5)).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo("peringatan.fetch.invalid");
			assertThat(error.url()).endsWith("/alerts/bmkg-alert-invalid.xml");
		});
		assertThat(repository.recentlyReceived(id, 5)).extracting(ExternalRepository.Received::identifier)
			.containsExactly("CBT-" + run + "-A");
	}

	@Test
	void anUnreachableHostIsRecordedAsAFetchErrorNotThrown() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		long id = subscribe("http://127.0.0.1:" + closedPort + "/rss.xml");

		assertThat(fetcher.fetchNow(id)).isEqualTo(new ExternalFeedFetcher.Outcome(0, 1));

		assertThat(repository.recentErrors(id, 5)).singleElement()
			.satisfies(error -> assertThat(error.code()).isEqualTo("peringatan.fetch.unreachable"));
	}

	@Test
	void aDueFeedIsClaimedByOnlyOneOfTwoNodes() throws Exception {
		serveRssFeed();
		long id = repository.register("BMKG dua node " + run, URI.create(server.url("/bmkg/rss.xml")),
				Instant.now().minusSeconds(60), "admin");
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Callable<Optional<ExternalRepository.Subscription>> claim = () -> repository.claimDue(Instant.now());
			List<Future<Optional<ExternalRepository.Subscription>>> claims = new ArrayList<>();
			claims.add(nodes.submit(claim));
			claims.add(nodes.submit(claim));
			List<Long> claimed = new ArrayList<>();
			for (var future : claims) {
				future.get().ifPresent(s -> claimed.add(s.id()));
			}
			assertThat(claimed).containsOnlyOnce(id);
			assertThat(repository.subscription(id)).hasValueSatisfying(
					s -> assertThat(s.nextFetchAt()).isAfter(Instant.now()));
		}
		finally {
			nodes.shutdownNow();
			repository.setActive(id, false, Instant.now());
		}
	}

	@Test
	void adminsRegisterFeedsWithCheckedAddresses() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		MockHttpSession admin = new Staff(mvc).admin();
		String refused = mvc.perform(post("/admin/peringatan/langganan").with(csrf())
			.session(admin)
			.param("name", "BMKG")
			.param("url", "file:///etc/passwd")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"url-error\"", "http:// atau https://");

		String url = server.url("/registered-" + run + ".xml");
		mvc.perform(post("/admin/peringatan/langganan").with(csrf())
			.session(admin)
			.param("name", "BMKG Sumsel " + run)
			.param("url", url)).andExpect(status().is3xxRedirection());
		assertThat(repository.subscriptions()).anySatisfy(s -> {
			assertThat(s.url()).isEqualTo(url);
			assertThat(s.active()).isTrue();
			repository.setActive(s.id(), false, Instant.now());
		});
		String taken = mvc.perform(post("/admin/peringatan/langganan").with(csrf())
			.session(admin)
			.param("name", "Lagi")
			.param("url", url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(taken).contains("sudah terdaftar");
	}
}
