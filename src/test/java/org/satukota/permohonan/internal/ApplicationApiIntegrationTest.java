package org.satukota.permohonan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ApplicationApiIntegrationTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	JsonMapper json;

	MockMvc mvc;

	People people;

	UnitView kelurahan;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		people = new People(mvc, jdbc);
		kelurahan = units.activeUnits().stream().filter(u -> u.type() == UnitType.KELURAHAN).toList().get(5);
	}

	private String body(boolean submit) {
		return """
				{"serviceCode": "sk-domisili", "submit": %s,
				 "values": {"keperluan": "Melamar pekerjaan", "alamat": "Jl. Angkatan 45 No. 3",
				            "kelurahan": "%d", "lama-tinggal": "1 tahun"}}""".formatted(submit, kelurahan.id());
	}

	@Test
	void aMobileAppCreatesADraftUploadsTheRequirementsAndSubmitsItOnce() throws Exception {
		People.Citizen citizen = people.citizen("Nur Aisyah");
		String key = UUID.randomUUID().toString();
		String created = mvc.perform(post("/api/permohonan").with(httpBasic(citizen.email(), People.PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(false)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();
		// A retry of the same request (lost connection) finds the same draft.
		mvc.perform(post("/api/permohonan").with(httpBasic(citizen.email(), People.PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(false))).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));

		mvc.perform(post("/api/permohonan/" + id + "/ajukan").with(httpBasic(citizen.email(), People.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("permohonan.invalid"))
			.andExpect(jsonPath("$.fieldErrors.kk.code").value("permohonan.requirement-missing"))
			.andExpect(jsonPath("$.fieldErrors.kk.message").value("Berkas persyaratan ini wajib diunggah."));

		mvc.perform(multipart("/api/permohonan/" + id + "/berkas/kk")
			.file(new org.springframework.mock.web.MockMultipartFile("berkas", "kk.pdf", "application/pdf", Uploads.EXE))
			.with(httpBasic(citizen.email(), People.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("berkas.type-not-accepted"))
			.andExpect(jsonPath("$.fieldErrors.kk.message").exists());
		for (String requirement : List.of("pengantar-rt-rw", "ktp", "kk")) {
			mvc.perform(multipart("/api/permohonan/" + id + "/berkas/" + requirement)
				.file(new org.springframework.mock.web.MockMultipartFile("berkas", requirement + ".pdf",
						"application/pdf", Uploads.PDF))
				.with(httpBasic(citizen.email(), People.PASSWORD))).andExpect(status().isOk());
		}
		String submitted = mvc.perform(post("/api/permohonan/" + id + "/ajukan")
			.with(httpBasic(citizen.email(), People.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DIAJUKAN"))
			.andReturn().getResponse().getContentAsString();
		JsonNode application = json.readTree(submitted);
		assertThat(application.get("registrationNumber").asString()).matches("PMH-\\d{4}-\\d{6}");
		assertThat(application.get("files")).hasSize(3);
		mvc.perform(post("/api/permohonan/" + id + "/ajukan").with(httpBasic(citizen.email(), People.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registrationNumber").value(application.get("registrationNumber").asString()));

		mvc.perform(get("/api/permohonan/" + id + "/status").with(httpBasic(citizen.email(), People.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DIAJUKAN"))
			.andExpect(jsonPath("$.stepKey").value("verifikasi"));
		mvc.perform(get("/api/permohonan").with(httpBasic(citizen.email(), People.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(id));
	}

	@Test
	void aReturnedApplicationIsCorrectedOverTheApiWithAFreshUploadThenResubmitted() throws Exception {
		People.Citizen citizen = people.citizen("Tuti Handayani");
		String key = UUID.randomUUID().toString();
		String created = mvc.perform(post("/api/permohonan").with(httpBasic(citizen.email(), People.PASSWORD))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(false))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();
		for (String requirement : List.of("pengantar-rt-rw", "ktp", "kk")) {
			mvc.perform(multipart("/api/permohonan/" + id + "/berkas/" + requirement)
				.file(new org.springframework.mock.web.MockMultipartFile("berkas", requirement + ".pdf",
						"application/pdf", Uploads.PDF))
				.with(httpBasic(citizen.email(), People.PASSWORD))).andExpect(status().isOk());
		}
		mvc.perform(post("/api/permohonan/" + id + "/ajukan").with(httpBasic(citizen.email(), People.PASSWORD)))
			.andExpect(status().isOk());
		var petugas = people.staff("petugas-api", org.satukota.account.Role.PETUGAS_LAYANAN, kelurahan.id());
		mvc.perform(post("/staf/permohonan/" + id + "/kembalikan").param("alasan.kk", "KK buram")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.session(petugas)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/permohonan/" + id).with(httpBasic(citizen.email(), People.PASSWORD)))
			.andExpect(jsonPath("$.status").value("DIKEMBALIKAN"))
			.andExpect(jsonPath("$.corrections.kk").value("KK buram"));

		mvc.perform(post("/api/permohonan/" + id + "/ajukan-ulang").with(httpBasic(citizen.email(), People.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.fieldErrors.kk.code").value("permohonan.correction-file-missing"));
		mvc.perform(multipart("/api/permohonan/" + id + "/berkas/kk")
			.file(new org.springframework.mock.web.MockMultipartFile("berkas", "kk-jelas.pdf", "application/pdf",
					Uploads.PDF))
			.with(httpBasic(citizen.email(), People.PASSWORD))).andExpect(status().isOk());
		mvc.perform(post("/api/permohonan/" + id + "/ajukan-ulang").with(httpBasic(citizen.email(), People.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DIAJUKAN"));
	}

	@Test
	void errorsAreProblemDocumentsWithACodeAndFieldErrors() throws Exception {
		People.Citizen citizen = people.citizen("Joko Susilo");
		mvc.perform(post("/api/permohonan").with(httpBasic(citizen.email(), People.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(true)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("permohonan.idempotency-key-required"));
		mvc.perform(post("/api/permohonan").with(httpBasic(citizen.email(), People.PASSWORD))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceCode\": \"tidak-ada\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("permohonan.unknown-service"))
			.andExpect(jsonPath("$.fieldErrors.serviceCode.code").value("permohonan.unknown-service"));
		mvc.perform(post("/api/permohonan").with(httpBasic(citizen.email(), People.PASSWORD))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceCode\": \"sk-domisili\", \"values\": {}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.fieldErrors.keperluan.code").exists())
			.andExpect(jsonPath("$.fieldErrors.ktp.code").value("permohonan.requirement-missing"));
		mvc.perform(get("/api/permohonan")).andExpect(status().isUnauthorized());
	}

	@Test
	void anotherCitizensApplicationIsNotFoundOverTheApi() throws Exception {
		People.Citizen owner = people.citizen("Putri Ayu");
		People.Citizen other = people.citizen("Rudi Hartono");
		String created = mvc.perform(post("/api/permohonan").with(httpBasic(owner.email(), People.PASSWORD))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(false))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();

		for (String path : List.of("", "/status", "/dokumen.pdf")) {
			mvc.perform(get("/api/permohonan/" + id + path).with(httpBasic(other.email(), People.PASSWORD)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("permohonan.not-found"));
		}
		mvc.perform(multipart("/api/permohonan/" + id + "/berkas/kk")
			.file(new org.springframework.mock.web.MockMultipartFile("berkas", "kk.pdf", "application/pdf", Uploads.PDF))
			.with(httpBasic(other.email(), People.PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(post("/api/permohonan/" + id + "/ajukan").with(httpBasic(other.email(), People.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiIsDescribedInTheOpenApiDocument() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(doc).contains("/api/permohonan").contains("/api/permohonan/{id}/berkas/{requirementKey}")
			.contains("/api/permohonan/{id}/status").contains("Idempotency-Key");
	}
}
