package org.satukota.antrean.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.support.TestStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Data for antrean tests sharing one database: fresh units, citizens and staff for every test. */
final class AntreanFixtures {

	static final String STAFF_PASSWORD = "Pelayanan#2026";

	static final String CITIZEN_PASSWORD = "Sungai Musi 2026";

	/** Each test takes its own kelurahan, so queues and counters never collide. */
	private static final AtomicInteger NEXT_UNIT = new AtomicInteger(10);

	private static final AtomicInteger NEXT_ACCOUNT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 100_000));

	private AntreanFixtures() {
	}

	static ServiceVersion kelurahanVisitService(ServiceCatalog catalog) {
		return catalog.published()
			.stream()
			.filter(s -> s.visitNeeded() && !s.retired() && s.issuerKind() == IssuerKind.KELURAHAN)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no visit-needed kelurahan service is seeded"));
	}

	static UnitView freshKelurahan(Units units) {
		List<UnitView> kelurahan = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN).toList();
		return kelurahan.get(NEXT_UNIT.getAndIncrement() % kelurahan.size());
	}

	/** A citizen without an account row or email (enough for booking rules). */
	static AppointmentBooking.Citizen anonymousCitizen() {
		int id = 900_000_000 + NEXT_ACCOUNT.incrementAndGet();
		return new AppointmentBooking.Citizen(id, "warga-" + id);
	}

	/** Registers a citizen through {@code /daftar}; returns the account id. */
	static AppointmentBooking.Citizen registerCitizen(MockMvc mvc, JdbcClient jdbc, String email) throws Exception {
		mvc.perform(post("/daftar").with(csrf())
			.param("nik", nik())
			.param("fullName", "Siti Rahmawati")
			.param("phone", "0812" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)))
			.param("email", email)
			.param("password", CITIZEN_PASSWORD)
			.param("passwordConfirmation", CITIZEN_PASSWORD)).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("SELECT id FROM account WHERE lower(email) = lower(?)").param(email).query(Long.class)
			.single();
		return new AppointmentBooking.Citizen(id, "warga-" + id);
	}

	/** Creates a staff account with one role in one unit, as the bootstrap admin does on {@code /admin/staf}. */
	static String createStaff(MockMvc mvc, String role, long unitId) throws Exception {
		String username = TestStaff.uniqueUsername("antrean.p");
		TestStaff.create(mvc, username, "Rahmat Hidayat", STAFF_PASSWORD, role, unitId);
		return username;
	}

	static MockHttpSession logIn(MockMvc mvc, String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/masuk").user(username).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** A well-formed NIK registered in Jakarta Pusat, random enough for one run. */
	static String nik() {
		int day = 1 + ThreadLocalRandom.current().nextInt(28);
		int month = 1 + ThreadLocalRandom.current().nextInt(12);
		int serial = 1 + ThreadLocalRandom.current().nextInt(9999);
		return String.format("317101%02d%02d85%04d", day, month, serial);
	}
}
