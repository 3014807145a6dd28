package org.satukota.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitCreated;
import org.satukota.directory.UnitReactivated;
import org.satukota.directory.UnitRetired;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitUpdated;
import org.satukota.directory.UnitView;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.satukota.support.IntegrationTest;
import org.satukota.support.PublishedEvents;
import org.satukota.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class UnitAdministrationIntegrationTest {

	private static final RequestPostProcessor ADMIN = user("admin-unit-test").roles("ADMIN");

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcUnits units;

	@Autowired
	UnitAdministration administration;

	@Autowired
	MutableClock clock;

	MockMvc mvc;

	PublishedEvents published;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		published = PublishedEvents.startRecording(context, "directory.");
	}

	@AfterEach
	void tearDown() {
		published.stop();
		clock.reset();
	}

	private UnitView kecamatan(String code) {
		return units.children(units.city().id()).stream()
			.filter(unit -> unit.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static String freshVillageCode(String kecamatanCode, int firstDigit) {
		return kecamatanCode + "." + firstDigit + (900 + ThreadLocalRandom.current().nextInt(100));
	}

	private static MockHttpServletRequestBuilder newUnit(UnitType type, long parentId, String code, String name) {
		return post("/admin/unit").with(ADMIN)
			.with(csrf())
			.param("type", type.name())
			.param("parentId", String.valueOf(parentId))
			.param("code", code)
			.param("name", name)
			.param("openingHours", "Senin–Jumat 08.00–16.00");
	}

	private UnitView createKelurahan(String name) {
		UnitView kecamatan = kecamatan("16.71.18");
		String code;
		do {
			code = freshVillageCode(kecamatan.code(), 1);
		}
		while (exists(code));
		long id = administration.create(UnitType.KELURAHAN, kecamatan.id(), code,
				new Unit.UnitDetails(name, null, null, null, null), new Actor("admin-unit-test", "ADMIN", 1L));
		return units.find(id).orElseThrow();
	}

	private boolean exists(String code) {
		return units.allUnits().stream().anyMatch(unit -> unit.code().equals(code));
	}

	@Test
	void anAdminAddsAKelurahanUnderAKecamatanAndTheDecisionIsPublished() throws Exception {
		Instant now = Instant.parse("2026-03-02T03:00:00Z");
		clock.setInstant(now);
		UnitView kecamatan = kecamatan("16.71.01");
		String code;
		do {
			code = freshVillageCode("16.71.01", 1);
		}
		while (exists(code));

		mvc.perform(newUnit(UnitType.KELURAHAN, kecamatan.id(), code.replace(".", ""), "Kelurahan Uji Tambah")
			.param("email", "lurah.uji@palembang.go.id")
			.param("phone", "0711 123-456")).andExpect(status().is3xxRedirection());

		String stored = code;
		UnitView created = units.children(kecamatan.id()).stream()
			.filter(unit -> unit.code().equals(stored))
			.findFirst()
			.orElseThrow();
		assertThat(created.type()).isEqualTo(UnitType.KELURAHAN);
		assertThat(created.name()).isEqualTo("Kelurahan Uji Tambah");
		assertThat(created.email()).isEqualTo("lurah.uji@palembang.go.id");
		assertThat(created.phone()).isEqualTo("0711 123-456");
		assertThat(units.isWithin(created.id(), kecamatan.id())).isTrue();
		assertThat(published).contains(new UnitCreated(created.id(), kecamatan.id(), UnitType.KELURAHAN, stored,
				new Actor("admin-unit-test", "ADMIN", units.city().id()), now));
	}

	@Test
	void anAdminAddsAnOpdUnderTheCity() throws Exception {
		String code = "UJI" + ThreadLocalRandom.current().nextInt(1_000_000);
		mvc.perform(newUnit(UnitType.OPD, units.city().id(), code.toLowerCase(), "Dinas Uji Coba"))
			.andExpect(status().is3xxRedirection());
		assertThat(units.children(units.city().id())).anySatisfy(unit -> {
			assertThat(unit.code()).isEqualTo(code);
			assertThat(unit.type()).isEqualTo(UnitType.OPD);
			assertThat(unit.openingHours()).isEqualTo("Senin–Jumat 08.00–16.00");
		});
	}

	@Test
	void aKelurahanDirectlyUnderTheCityIsRefusedAsTheWrongParent() throws Exception {
		int before = units.allUnits().size();
		String html = mvc.perform(newUnit(UnitType.KELURAHAN, units.city().id(), "16.71.01.1999", "Kelurahan Salah"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Unit induk tidak sesuai dengan jenis unit").contains("id=\"parentId-error\"");
		assertThat(units.allUnits()).hasSize(before);
		assertThatThrownBy(() -> administration.create(UnitType.OPD, kecamatan("16.71.01").id(), "SALAH",
				new Unit.UnitDetails("Dinas Salah", null, null, null, null), Actor.SYSTEM))
			.isInstanceOf(PolicyViolation.class)
			.hasMessage("directory.parent-type-mismatch");
	}

	@Test
	void missingNameBadEmailAndBadPhoneAreExplainedNextToTheirFieldsAndNothingIsSaved() throws Exception {
		int before = units.allUnits().size();
		String html = mvc.perform(newUnit(UnitType.OPD, units.city().id(), "TANPANAMA", " ")
			.param("email", "bukan-email")
			.param("phone", "telepon kantor"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Nama unit wajib diisi.")
			.contains("Alamat email tidak valid")
			.contains("Nomor telepon hanya boleh berisi angka")
			.contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"name-error\"")
			.contains("id=\"email-error\"");
		assertThat(units.allUnits()).hasSize(before);
		assertThat(published).isEmpty();
	}

	@Test
	void aTamperedParentIsExplainedInIndonesianTogetherWithTheOtherProblems() throws Exception {
		String html = mvc.perform(post("/admin/unit").with(ADMIN)
			.with(csrf())
			.param("type", "BUKAN")
			.param("parentId", "abc")
			.param("code", "")
			.param("name", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Pilih unit induk dari daftar.")
			.contains("Pilih jenis unit dari daftar.")
			.contains("Kode unit wajib diisi.")
			.contains("Nama unit wajib diisi.");
	}

	@Test
	void aDuplicateCodeIsRefused() throws Exception {
		String html = mvc.perform(newUnit(UnitType.OPD, units.city().id(), "diskominfo", "Dinas Kembar"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Kode DISKOMINFO sudah dipakai unit lain di kota ini.");
		assertThat(units.activeUnits()).noneMatch(unit -> unit.name().equals("Dinas Kembar"));
	}

	@Test
	void aKelurahanCodeOutsideItsKecamatanIsRefused() throws Exception {
		UnitView kecamatan = kecamatan("16.71.02");
		String html = mvc.perform(newUnit(UnitType.KELURAHAN, kecamatan.id(), "16.71.03.1999", "Kelurahan Nyasar"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Kode harus berupa kode wilayah Kemendagri di bawah 16.71.02");
	}

	@Test
	void anAdminEditsAUnitsContactsAndTheChangeIsPublished() throws Exception {
		UnitView unit = createKelurahan("Kelurahan Uji Ubah");
		published.clear();
		mvc.perform(post("/admin/unit/" + unit.id()).with(ADMIN)
			.with(csrf())
			.param("name", "Kelurahan Uji Diubah")
			.param("address", "Jl. Merdeka No. 1")
			.param("phone", "+62 711 352421")
			.param("email", "uji@palembang.go.id")
			.param("openingHours", "Senin–Kamis 08.00–15.00")).andExpect(status().is3xxRedirection());

		UnitView changed = units.find(unit.id()).orElseThrow();
		assertThat(changed.name()).isEqualTo("Kelurahan Uji Diubah");
		assertThat(changed.address()).isEqualTo("Jl. Merdeka No. 1");
		assertThat(changed.openingHours()).isEqualTo("Senin–Kamis 08.00–15.00");
		assertThat(changed.code()).isEqualTo(unit.code());
		assertThat(published).singleElement()
			.isInstanceOfSatisfying(UnitUpdated.class, event -> {
				assertThat(event.unitId()).isEqualTo(unit.id());
				assertThat(event.actor().username()).isEqualTo("admin-unit-test");
				assertThat(event.action()).isEqualTo("directory.unit-updated");
			});
	}

	@Test
	void retiringAUnitKeepsItButHidesItFromActiveUnitsAndAskingAgainIsRefused() throws Exception {
		UnitView unit = createKelurahan("Kelurahan Uji Pensiun");
		Instant now = Instant.parse("2026-04-01T02:00:00Z");
		clock.setInstant(now);
		published.clear();

		mvc.perform(post("/admin/unit/" + unit.id() + "/nonaktifkan").with(ADMIN)
			.with(csrf())
			.param("reason", "Digabung dengan kelurahan tetangga")).andExpect(status().is3xxRedirection());

		UnitView retired = units.find(unit.id()).orElseThrow();
		assertThat(retired.active()).isFalse();
		assertThat(units.activeUnits()).extracting(UnitView::id).doesNotContain(unit.id());
		assertThat(units.children(unit.parentId())).extracting(UnitView::id).doesNotContain(unit.id());
		assertThat(published).containsExactly(new UnitRetired(unit.id(),
				new Actor("admin-unit-test", "ADMIN", units.city().id()), now, "Digabung dengan kelurahan tetangga"));
		assertThat(published.get(0).reason()).isEqualTo("Digabung dengan kelurahan tetangga");

		String page = mvc.perform(get("/admin/unit/" + unit.id()).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("badge-retired").contains("Digabung dengan kelurahan tetangga");
		assertThat(mvc.perform(get("/admin/unit").with(ADMIN)).andReturn().getResponse().getContentAsString())
			.contains("Kelurahan Uji Pensiun")
			.contains("badge badge-retired");

		String refused = mvc.perform(post("/admin/unit/" + unit.id() + "/nonaktifkan").with(ADMIN)
			.with(csrf())
			.param("reason", "Sekali lagi")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Unit Kelurahan Uji Pensiun sudah nonaktif.");
		assertThatThrownBy(() -> administration.retire(unit.id(), "lagi", Actor.SYSTEM))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("directory.unit-already-retired"));
		assertThat(published).hasSize(1);
	}

	@Test
	void aRetiredUnitCanBeReactivated() throws Exception {
		UnitView unit = createKelurahan("Kelurahan Uji Hidup Lagi");
		administration.retire(unit.id(), "Salah input", Actor.SYSTEM);
		published.clear();

		mvc.perform(post("/admin/unit/" + unit.id() + "/aktifkan").with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(units.find(unit.id()).orElseThrow().active()).isTrue();
		assertThat(units.activeUnits()).extracting(UnitView::id).contains(unit.id());
		assertThat(published).singleElement().isInstanceOf(UnitReactivated.class);
	}

	@Test
	void retiringNeedsAReason() throws Exception {
		UnitView unit = createKelurahan("Kelurahan Uji Tanpa Alasan");
		String html = mvc.perform(post("/admin/unit/" + unit.id() + "/nonaktifkan").with(ADMIN)
			.with(csrf())
			.param("reason", "  ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Alasan penonaktifan wajib diisi.").contains("id=\"reason-error\"");
		assertThat(units.find(unit.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void aKecamatanWithActiveKelurahanCannotBeRetired() {
		UnitView kecamatan = kecamatan("16.71.05");
		assertThatThrownBy(() -> administration.retire(kecamatan.id(), "Pemekaran", Actor.SYSTEM))
			.isInstanceOfSatisfying(PolicyViolation.class,
					violation -> assertThat(violation.code()).isEqualTo("directory.unit-has-active-children"));
		assertThat(units.find(kecamatan.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void theCityItselfCannotBeRetired() {
		assertThatThrownBy(() -> administration.retire(units.city().id(), "Bubar", Actor.SYSTEM))
			.isInstanceOf(PolicyViolation.class);
	}

	@Test
	void unknownUnitsAreNotFoundInTheAdminArea() throws Exception {
		mvc.perform(get("/admin/unit/999999").with(ADMIN)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/unit/abc").with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void theAdminListAndFormsRender() throws Exception {
		String list = mvc.perform(get("/admin/unit").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Dinas Komunikasi dan Informatika").contains("Kecamatan Ilir Barat Dua")
			.contains("<details");
		String form = mvc.perform(get("/admin/unit/baru").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("<label for=\"name\"").contains("<label for=\"parentId\"")
			.contains("Pemerintah Kota Palembang (16.71)");
	}

	@Test
	void onlyAdminsMayManageUnits() throws Exception {
		mvc.perform(get("/admin/unit").with(SecurityMockMvcRequestPostProcessors.user("warga").roles("WARGA")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/unit/" + units.city().id() + "/nonaktifkan").with(csrf()).param("reason", "x"))
			.andExpect(status().is3xxRedirection());
		assertThat(units.city().active()).isTrue();
	}
}
