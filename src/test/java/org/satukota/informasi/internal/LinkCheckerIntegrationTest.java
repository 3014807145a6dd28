package org.satukota.informasi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.InetSocketAddress;
import java.sql.Timestamp;
import java.time.Instant;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class LinkCheckerIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LinkChecker checker;

	MockMvc mvc;

	Editors editors;

	HttpServer server;

	String base;

	@BeforeEach
	void setUp() throws Exception {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		editors = new Editors(mvc);
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/ada", exchange -> {
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.createContext("/hilang", exchange -> {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void tearDown() {
		server.stop(0);
	}

	private String linksPage(MockHttpSession session) throws Exception {
		return mvc.perform(get("/staf/konten/tautan").session(session)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void deadInternalAndExternalLinksAndEmptyPagesAreListedForTheirOwnersOnly() throws Exception {
		UnitView dinsos = units.findByCode("DINSOS").orElseThrow();
		UnitView dinkes = units.findByCode("DINKES").orElseThrow();
		MockHttpSession owner = editors.staff("pengelola.dinsos", Role.PENGELOLA_DATA, dinsos.id());
		MockHttpSession stranger = editors.staff("pengelola.asing", Role.PENGELOLA_DATA, dinkes.id());
		long id = editors.publish(owner, "BERITA", dinsos.id(), "Bantuan sosial uji-l1",
				"Daftar di [sini](" + base + "/ada) atau [lama](" + base + "/hilang). Syarat: [SKTM](/layanan/sktm), "
						+ "[arsip](/berita/987654321).",
				"AS_NEEDED");
		// An item emptied outside the form (e.g. by a migration) is still found.
		long empty = editors.publish(owner, "BERITA", dinsos.id(), "Akan dikosongkan uji-l1", "Isi.", "AS_NEEDED");
		jdbc.sql("UPDATE informasi_konten SET body = NULL WHERE id = ?").param(empty).update();

		LinkChecker.Result result = checker.run();

		assertThat(result.ran()).isTrue();
		String page = linksPage(owner);
		assertThat(page).contains("Bantuan sosial uji-l1")
			.contains(base + "/hilang")
			.contains("Tautan mati (HTTP 404)")
			.contains("/berita/987654321")
			.doesNotContain(base + "/ada<")
			.doesNotContain(">/layanan/sktm<")
			.contains("Akan dikosongkan uji-l1")
			.contains("Halaman kosong");
		assertThat(linksPage(stranger)).doesNotContain("Bantuan sosial uji-l1");
		assertThat(jdbc.sql("SELECT count(*) FROM informasi_tautan WHERE konten_id = ? AND problem = 'DEAD'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);

		// Fixed content clears its findings at the next run.
		jdbc.sql("UPDATE informasi_konten SET body = 'Isi baru.' WHERE id IN (?, ?)").params(id, empty).update();
		checker.run();
		assertThat(linksPage(owner)).doesNotContain("Bantuan sosial uji-l1").doesNotContain("Akan dikosongkan uji-l1");
	}

	@Test
	void whileAnotherNodeHoldsTheLeaseThisNodeSkipsTheRun() {
		jdbc.sql("""
				INSERT INTO scheduled_job_lock (job_name, locked_until, locked_by) VALUES (?, ?, 'node-lain')
				ON CONFLICT (job_name) DO UPDATE SET locked_until = EXCLUDED.locked_until, locked_by = 'node-lain'""")
			.params(LinkChecker.JOB, Timestamp.from(Instant.now().plusSeconds(600)))
			.update();
		try {
			assertThat(checker.run().ran()).isFalse();
		}
		finally {
			jdbc.sql("UPDATE scheduled_job_lock SET locked_until = ? WHERE job_name = ?")
				.params(Timestamp.from(Instant.EPOCH), LinkChecker.JOB)
				.update();
		}
		assertThat(checker.run().ran()).isTrue();
	}
}
