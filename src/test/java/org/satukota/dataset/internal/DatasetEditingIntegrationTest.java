package org.satukota.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.account.Role;
import org.satukota.directory.Units;
import org.satukota.support.IntegrationTest;
import org.satukota.support.PublishedEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class DatasetEditingIntegrationTest {

	static final String GOOD = """
			tanggal,pasar,harga
			2026-05-04,Pasar Cinde,13500
			2026-05-04,Pasar 16 Ilir,13600
			2026-05-11,Pasar Cinde,13700
			""";

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	DatasetRepository repository;

	@Autowired
	Units units;

	DataStaff staff;

	long dlh;

	@BeforeEach
	void setUp() {
		staff = new DataStaff(context);
		dlh = units.findByCode("DLH").orElseThrow().id();
	}

	/** Defines a dataset through the form and returns its id. */
	long define(MockHttpSession session, String slug) throws Exception {
		MvcResult result = staff.mvc.perform(post("/staf/data").with(csrf())
			.session(session)
			.param("title", "Harga beras " + slug)
			.param("slug", slug)
			.param("description", "Harga beras per pasar.")
			.param("licence", "CC-BY-4.0")
			.param("ownerUnitId", String.valueOf(dlh))
			.param("frequency", "WEEKLY")
			.param("columns[0].name", "tanggal")
			.param("columns[0].type", "DATE")
			.param("columns[0].required", "true")
			.param("columns[1].name", "pasar")
			.param("columns[1].type", "CHOICE")
			.param("columns[1].allowed", "Pasar Cinde, Pasar 16 Ilir")
			.param("columns[1].required", "true")
			.param("columns[2].name", "harga")
			.param("columns[2].type", "INTEGER")
			.param("columns[2].unit", "Rp")
			.param("columns[2].required", "true")
			.param("chartTime", "tanggal")
			.param("chartValue", "harga")
			.param("chartSeries", "pasar")).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	MvcResult upload(MockHttpSession session, long id, String csv, String mode) throws Exception {
		return staff.mvc.perform(multipart("/staf/data/" + id + "/unggah")
			.file(new MockMultipartFile("berkas", "harga.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("mode", mode)
			.with(csrf())
			.session(session)).andReturn();
	}

	@Test
	void aBadFileIsRefusedWithRowLevelMessagesAndChangesNothing() throws Exception {
		MockHttpSession session = staff.session("data.dlh", Role.PENGELOLA_DATA, dlh);
		String slug = DataStaff.unique("harga-beras");
		long id = define(session, slug);
		assertThat(upload(session, id, GOOD, "REPLACE").getResponse().getStatus()).isEqualTo(302);
		staff.mvc.perform(post("/staf/data/" + id + "/terbitkan").with(csrf()).session(session))
			.andExpect(status().is3xxRedirection());
		Dataset before = repository.find(id).orElseThrow();
		List<DatasetRepository.Row> rowsBefore = repository.currentRows(id, null, 0, 100);
		PublishedEvents events = PublishedEvents.startRecording(applicationContext, "dataset.");
		try {
			MvcResult refused = upload(session, id, """
					tanggal,pasar,harga
					2026-05-18,Pasar Cinde,13800
					2026-05-18,Pasar Cinde,abc
					2026-05-18,Pasar KM 5,13900
					""", "REPLACE");

			assertThat(refused.getResponse().getStatus()).isEqualTo(200);
			String page = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("Baris 3, kolom harga: &#39;abc&#39; bukan angka")
				.contains("Baris 4, kolom pasar: &#39;Pasar KM 5&#39; bukan pilihan yang diizinkan");
			Dataset after = repository.find(id).orElseThrow();
			assertThat(after.revision()).isEqualTo(before.revision());
			assertThat(after.rowCount()).isEqualTo(3);
			assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
			assertThat(repository.currentRows(id, null, 0, 100)).isEqualTo(rowsBefore);
			assertThat(events).isEmpty();
			String csv = staff.mvc.perform(get("/data/" + slug + ".csv")).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(csv).contains("2026-05-11,Pasar Cinde,13700").doesNotContain("13800");
		}
		finally {
			events.stop();
		}
	}

	@Test
	void replacingAndAppendingMakeRevisionsAndThePreviousRevisionsRowsAreKept() throws Exception {
		MockHttpSession session = staff.session("data.dlh", Role.PENGELOLA_DATA, dlh);
		long id = define(session, DataStaff.unique("harga-beras"));
		upload(session, id, GOOD, "REPLACE");
		assertThat(repository.find(id).orElseThrow().revision()).isEqualTo(1);

		upload(session, id, "tanggal;pasar;harga\n2026-05-18;Pasar Cinde;13.900\n", "APPEND");
		Dataset appended = repository.find(id).orElseThrow();
		assertThat(appended.revision()).isEqualTo(2);
		assertThat(appended.rowCount()).isEqualTo(4);

		upload(session, id, "tanggal,pasar,harga\n2026-05-25,Pasar Cinde,14000\n", "REPLACE");
		Dataset replaced = repository.find(id).orElseThrow();
		assertThat(replaced.revision()).isEqualTo(3);
		assertThat(replaced.rowCount()).isEqualTo(1);
		assertThat(repository.rowsAt(id, 2)).hasSize(4);
		assertThat(repository.rowsAt(id, 2).get(3).cells()).containsEntry("harga", 13900);
		assertThat(repository.revisions(id, 10)).extracting(DatasetRepository.Revision::change)
			.containsExactly("REPLACED", "APPENDED", "REPLACED", "DEFINED");
	}

	@Test
	void aRowEnteredInTheFormIsCheckedPerFieldAndAddedAsANewRevision() throws Exception {
		MockHttpSession session = staff.session("data.dlh", Role.PENGELOLA_DATA, dlh);
		long id = define(session, DataStaff.unique("harga-beras"));

		MvcResult refused = staff.mvc.perform(post("/staf/data/" + id + "/baris").with(csrf())
			.session(session)
			.param("sel_tanggal", "31/05/2026")
			.param("sel_pasar", "Pasar Cinde")
			.param("sel_harga", "mahal")).andExpect(status().isOk()).andReturn();
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("&#39;mahal&#39; bukan angka.", "aria-invalid=\"true\"");
		assertThat(repository.find(id).orElseThrow().revision()).isZero();

		staff.mvc.perform(post("/staf/data/" + id + "/baris").with(csrf())
			.session(session)
			.param("sel_tanggal", "31/05/2026")
			.param("sel_pasar", "Pasar Cinde")
			.param("sel_harga", "14.250")).andExpect(status().is3xxRedirection());
		assertThat(repository.currentRows(id, null, 0, 10)).singleElement()
			.satisfies(row -> assertThat(row.cells()).containsEntry("tanggal", "2026-05-31").containsEntry("harga", 14250));
	}

	@Test
	void anEmptyDatasetCannotBePublishedAndUnpublishedDatasetsAreNotPublic() throws Exception {
		MockHttpSession session = staff.session("data.dlh", Role.PENGELOLA_DATA, dlh);
		String slug = DataStaff.unique("harga-beras");
		long id = define(session, slug);

		staff.mvc.perform(post("/staf/data/" + id + "/terbitkan").with(csrf()).session(session))
			.andExpect(status().is3xxRedirection());
		assertThat(repository.find(id).orElseThrow().published()).isFalse();
		staff.mvc.perform(get("/data/" + slug)).andExpect(status().isNotFound());
		staff.mvc.perform(get("/data/" + slug + ".csv")).andExpect(status().isNotFound());
	}

	@Test
	void aPengelolaDataOfAnotherUnitNeitherSeesNorChangesTheDataset() throws Exception {
		MockHttpSession owner = staff.session("data.dlh", Role.PENGELOLA_DATA, dlh);
		long id = define(owner, DataStaff.unique("harga-beras"));
		MockHttpSession other = staff.session("data.dinkes", Role.PENGELOLA_DATA,
				units.findByCode("DINKES").orElseThrow().id());

		staff.mvc.perform(get("/staf/data/" + id).session(other)).andExpect(status().isNotFound());
		assertThat(upload(other, id, GOOD, "REPLACE").getResponse().getStatus()).isEqualTo(404);
		assertThat(repository.find(id).orElseThrow().revision()).isZero();
	}

	@Test
	void anInvalidDefinitionIsShownAgainWithMessagesNextToTheFields() throws Exception {
		MockHttpSession session = staff.session("data.dlh", Role.PENGELOLA_DATA, dlh);

		MvcResult result = staff.mvc.perform(post("/staf/data").with(csrf())
			.session(session)
			.param("title", "")
			.param("description", "x")
			.param("licence", "CC-BY-4.0")
			.param("ownerUnitId", String.valueOf(dlh))
			.param("frequency", "WEEKLY")
			.param("columns[0].name", "Harga!")
			.param("columns[0].type", "INTEGER")).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Judul wajib diisi.",
				"id=\"title-error\"", "id=\"col-name-error-0\"");
	}
}
