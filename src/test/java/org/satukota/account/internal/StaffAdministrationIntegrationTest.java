package org.satukota.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.support.TestStaff;
import org.satukota.account.Role;
import org.satukota.account.RoleGrant;
import org.satukota.account.RoleScopePolicy;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class StaffAdministrationIntegrationTest {

	private static final String PASSWORD = "Pelayanan#2026";

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	RoleScopePolicy scope;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	private MockHttpSession logIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/masuk").user(username).password(password))
			.andExpect(authenticated())
			.andReturn().getRequest().getSession();
	}

	private List<UnitView> kelurahan() {
		return units.activeUnits().stream().filter(unit -> unit.type() == UnitType.KELURAHAN).toList();
	}

	private static MockHttpServletRequestBuilder createStaff(String username, String password, Role role,
			long unitId) {
		return post("/admin/staf").with(csrf())
			.param("username", username)
			.param("fullName", "Rahmat Hidayat")
			.param("email", username + "@satukota.test")
			.param("phone", "")
			.param("password", password)
			.param("passwordConfirmation", password)
			.param("role", role.name())
			.param("unitId", String.valueOf(unitId));
	}

	@Test
	void theBootstrapAdminOfTheTestProfileExistsWithAdminInTheCity() throws Exception {
		List<String> grants = jdbc.sql("SELECT g.role || '@' || g.unit_id FROM account a JOIN role_grant g "
				+ "ON g.account_id = a.id WHERE a.username = 'admin' AND g.revoked_at IS NULL")
			.query(String.class)
			.list();
		assertThat(grants).contains("ADMIN@" + units.city().id());
		mvc.perform(formLogin("/masuk").user("admin").password("Admin#Uji2026"))
			.andExpect(authenticated().withUsername("admin").withRoles("STAF", "ADMIN"));
	}

	@Test
	void anAdminCreatesAKelurahanOfficerWhoSeesOnlyWhatTheRoleAllows() throws Exception {
		MockHttpSession admin = logIn("admin", "Admin#Uji2026");
		String page = mvc.perform(get("/admin/staf/baru").session(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("<optgroup label=\"Kelurahan\"", ">Nama pengguna<", ">Peran<", ">Unit<");

		UnitView kelurahanA = kelurahan().get(0);
		String username = TestStaff.uniqueUsername("petugas.a");
		mvc.perform(createStaff(username, PASSWORD, Role.PETUGAS_LAYANAN, kelurahanA.id()).session(admin))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT g.role FROM account a JOIN role_grant g ON g.account_id = a.id "
				+ "WHERE a.username = ? AND g.unit_id = ?").params(username, kelurahanA.id()).query(String.class).list())
			.containsExactly("PETUGAS_LAYANAN");
		String list = mvc.perform(get("/admin/staf").session(admin)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(username).contains(kelurahanA.name());

		mvc.perform(formLogin("/masuk").user(username).password(PASSWORD))
			.andExpect(authenticated().withUsername(username).withRoles("STAF", "PETUGAS_LAYANAN"));
		MockHttpSession staff = logIn(username, PASSWORD);
		mvc.perform(get("/beranda").session(staff)).andExpect(redirectedUrl("/staf"));
		String home = mvc.perform(get("/staf").session(staff)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains("Petugas layanan", kelurahanA.name(), "href=\"/staf/permohonan\"",
				"href=\"/staf/antrean?unit=");
		assertThat(home).doesNotContain("Operator 112").doesNotContain("href=\"/admin\"");
		mvc.perform(get("/admin").session(staff)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/staf").session(staff)).andExpect(status().isForbidden());
		mvc.perform(get("/warga").session(staff)).andExpect(status().isForbidden());
	}

	@Test
	void theAdminSeesTheAdminIndexLinkedFromTheStaffHome() throws Exception {
		MockHttpSession admin = logIn("admin", "Admin#Uji2026");
		assertThat(mvc.perform(get("/staf").session(admin)).andReturn().getResponse().getContentAsString())
			.contains("href=\"/admin\"");
		assertThat(mvc.perform(get("/admin").session(admin)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("href=\"/admin/unit\"", "href=\"/admin/staf\"", "href=\"/admin/hari-libur\"",
					"href=\"/admin/audit\"", "href=\"/admin/kotak-keluar\"");
	}

	@Test
	void aWeakInitialPasswordOrTakenUsernameIsRefusedAndNothingIsSaved() throws Exception {
		MockHttpSession admin = logIn("admin", "Admin#Uji2026");
		long kelurahanId = kelurahan().get(0).id();
		String username = TestStaff.uniqueUsername("lemah");
		String page = mvc.perform(createStaff(username, "pendek", Role.PETUGAS_LAYANAN, kelurahanId).session(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Kata sandi minimal 10 karakter");
		page = mvc.perform(createStaff("admin", PASSWORD, Role.PETUGAS_LAYANAN, kelurahanId).session(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Nama pengguna ini sudah dipakai");
		assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = ?").param(username).query(Long.class)
			.single()).isZero();
	}

	@Test
	void rolesCanBeGrantedAndRevokedAndAccountsDisabledAndEnabled() throws Exception {
		MockHttpSession admin = logIn("admin", "Admin#Uji2026");
		UnitView kelurahanA = kelurahan().get(0);
		UnitView kelurahanB = kelurahan().get(1);
		String username = TestStaff.uniqueUsername("petugas.b");
		String location = mvc.perform(createStaff(username, PASSWORD, Role.PETUGAS_LAYANAN, kelurahanA.id())
			.session(admin)).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(post("/admin/staf/" + id + "/peran").with(csrf()).session(admin)
			.param("role", "PEJABAT_PENANDATANGAN").param("unitId", String.valueOf(kelurahanB.id())))
			.andExpect(redirectedUrl("/admin/staf/" + id));
		long grantId = jdbc.sql("SELECT id FROM role_grant WHERE account_id = ? AND role = 'PEJABAT_PENANDATANGAN'")
			.param(id).query(Long.class).single();
		mvc.perform(formLogin("/masuk").user(username).password(PASSWORD))
			.andExpect(authenticated().withRoles("STAF", "PETUGAS_LAYANAN", "PEJABAT_PENANDATANGAN"));

		mvc.perform(post("/admin/staf/" + id + "/peran/" + grantId + "/cabut").with(csrf()).session(admin))
			.andExpect(redirectedUrl("/admin/staf/" + id));
		assertThat(jdbc.sql("SELECT revoked_by FROM role_grant WHERE id = ?").param(grantId).query(String.class)
			.single()).isEqualTo("admin");
		mvc.perform(formLogin("/masuk").user(username).password(PASSWORD))
			.andExpect(authenticated().withRoles("STAF", "PETUGAS_LAYANAN"));

		mvc.perform(post("/admin/staf/" + id + "/nonaktifkan").with(csrf()).session(admin))
			.andExpect(redirectedUrl("/admin/staf/" + id));
		mvc.perform(formLogin("/masuk").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/masuk?error=nonaktif"));
		mvc.perform(post("/admin/staf/" + id + "/aktifkan").with(csrf()).session(admin));
		mvc.perform(formLogin("/masuk").user(username).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void anAdminCannotDisableThemself() throws Exception {
		MockHttpSession admin = logIn("admin", "Admin#Uji2026");
		long adminId = jdbc.sql("SELECT id FROM account WHERE username = 'admin'").query(Long.class).single();
		mvc.perform(post("/admin/staf/" + adminId + "/nonaktifkan").with(csrf()).session(admin))
			.andExpect(redirectedUrl("/admin/staf/" + adminId))
			.andExpect(result -> assertThat(result.getFlashMap().get("flashError")).asString()
				.contains("tidak dapat menonaktifkan akun Anda sendiri"));
		assertThat(jdbc.sql("SELECT enabled FROM account WHERE id = ?").param(adminId).query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void unknownStaffIdsAreNotFound() throws Exception {
		MockHttpSession admin = logIn("admin", "Admin#Uji2026");
		mvc.perform(get("/admin/staf/987654321").session(admin)).andExpect(status().isNotFound());
	}

	@Test
	void theRoleScopeFollowsTheRealUnitTree() {
		UnitView kelurahanA = kelurahan().get(0);
		UnitView kecamatan = units.find(kelurahanA.parentId()).orElseThrow();
		UnitView kelurahanB = kelurahan().stream()
			.filter(unit -> !unit.parentId().equals(kecamatan.id()))
			.findFirst()
			.orElseThrow();
		UnitView sibling = kelurahan().stream()
			.filter(unit -> unit.parentId().equals(kecamatan.id()) && unit.id() != kelurahanA.id())
			.findFirst()
			.orElseThrow();
		List<RoleGrant> petugasA = List.of(new RoleGrant(Role.PETUGAS_LAYANAN, kelurahanA.id()));
		assertThat(scope.allows(petugasA, Role.PETUGAS_LAYANAN, kelurahanA.id())).isTrue();
		assertThat(scope.allows(petugasA, Role.PETUGAS_LAYANAN, kelurahanB.id())).isFalse();
		assertThat(scope.allows(petugasA, Role.PETUGAS_LAYANAN, sibling.id())).isFalse();
		List<RoleGrant> camat = List.of(new RoleGrant(Role.PEJABAT_PENANDATANGAN, kecamatan.id()));
		assertThat(scope.allows(camat, Role.PEJABAT_PENANDATANGAN, kelurahanA.id())).isTrue();
		assertThat(scope.allows(camat, Role.PEJABAT_PENANDATANGAN, sibling.id())).isTrue();
		assertThat(scope.allows(camat, Role.PEJABAT_PENANDATANGAN, kelurahanB.id())).isFalse();
		List<RoleGrant> admin = List.of(new RoleGrant(Role.ADMIN, units.city().id()));
		assertThat(scope.allows(admin, Role.ADMIN, kelurahanB.id())).isTrue();
	}
}
