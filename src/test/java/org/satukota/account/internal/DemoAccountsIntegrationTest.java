package org.satukota.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.directory.Units;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoAccountsIntegrationTest {

	@Autowired
	Seeding seeding;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoDataGivesEveryRoleARealisticUnitAndIsIdempotent() {
		// The test profile runs without demo data; run the demo seeding here as demo mode would.
		DemoAccounts demo = new DemoAccounts(seeding, units, "Demo#Uji2026");
		demo.run(null);
		long before = jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
		demo.run(null);
		assertThat(jdbc.sql("SELECT count(*) FROM account").query(Long.class).single()).isEqualTo(before);

		List<String> roles = jdbc.sql("SELECT DISTINCT g.role FROM account a JOIN role_grant g ON g.account_id = a.id "
				+ "WHERE a.username IN ('admin', 'petugas.kelurahan', 'lurah', 'admin.pengaduan', 'penghubung.pupr', "
				+ "'operator112', 'petugas.damkar', 'pengelola.data', 'walikota')")
			.query(String.class)
			.list();
		assertThat(roles).hasSize(9);
		assertThat(unitCodeOf("petugas.kelurahan")).isEqualTo(DemoAccounts.PREFERRED_KELURAHAN);
		assertThat(unitCodeOf("lurah")).isEqualTo(DemoAccounts.PREFERRED_KELURAHAN);
		assertThat(unitCodeOf("admin.pengaduan")).isEqualTo("DISKOMINFO");
		assertThat(unitCodeOf("penghubung.pupr")).contains("PUPR");
		assertThat(unitCodeOf("petugas.damkar")).isEqualTo("DAMKAR");
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE email IN ('siti@warga.test', 'budi@warga.test', "
				+ "'rina@warga.test') AND kind = 'CITIZEN'").query(Long.class).single()).isEqualTo(3);
	}

	private String unitCodeOf(String username) {
		long unitId = jdbc.sql("SELECT g.unit_id FROM account a JOIN role_grant g ON g.account_id = a.id "
				+ "WHERE a.username = ?").param(username).query(Long.class).single();
		return units.find(unitId).orElseThrow().code();
	}
}
