package org.satukota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.audit.AuditTrail;
import org.satukota.support.IntegrationTest;
import org.satukota.support.TestCitizens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Modules publish their decisions as events; the audit trail and the notifications only listen. These tests
 * follow real decisions of other modules into both.
 */
@IntegrationTest
class DecisionsAreAuditedAndAnnouncedIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail auditTrail;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void aCitizensRegistrationIsAuditedWithoutTheNikAndWelcomedByEmail() throws Exception {
		String nik = TestCitizens.nik();
		String email = TestCitizens.email(nik);
		mvc.perform(post("/daftar").with(csrf())
			.param("nik", nik)
			.param("fullName", "Nurul Hidayah")
			.param("phone", TestCitizens.phone(nik))
			.param("email", email)
			.param("password", "Kemuning 2026")
			.param("passwordConfirmation", "Kemuning 2026")).andExpect(status().is3xxRedirection());
		long accountId = jdbc.sql("select id from account where nik = ?").param(nik).query(Long.class).single();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(jdbc.sql("select count(*) from audit_entry where action = 'account.citizen-registered' "
					+ "and record_id = ?").param(Long.toString(accountId)).query(Integer.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from notification_message where template = 'akun-terdaftar' "
					+ "and recipient = ?").param(email).query(Integer.class).single()).isEqualTo(1);
		});
		assertThat(jdbc.sql("select count(*) from audit_entry where reason like ? or record_id like ?")
			.param("%" + nik + "%")
			.param("%" + nik + "%")
			.query(Integer.class)
			.single()).isZero();
		assertThat(auditTrail.verify().intact()).isTrue();
	}

	@Test
	void anAdminsRetirementOfAUnitIsAuditedWithTheAdminAndTheReason() throws Exception {
		long kelurahan = jdbc.sql("select id from directory_unit where type = 'KELURAHAN' and active and code like '16.71.%' order by code desc limit 1")
			.query(Long.class)
			.single();
		mvc.perform(post("/admin/unit/{id}/nonaktifkan", kelurahan).with(csrf())
			.with(user("admin").roles("ADMIN", "STAF"))
			.param("reason", "Digabung dengan kelurahan tetangga (Perda 3/2026)"))
			.andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.sql("select actor_username || '|' || action || '|' || reason "
					+ "from audit_entry where record_type = 'unit' and record_id = ?")
				.param(Long.toString(kelurahan))
				.query(String.class)
				.list()).contains("admin|directory.unit-retired|Digabung dengan kelurahan tetangga (Perda 3/2026)"));

		mvc.perform(post("/admin/unit/{id}/aktifkan", kelurahan).with(csrf()).with(user("admin").roles("ADMIN", "STAF")))
			.andExpect(status().is3xxRedirection());
	}
}
