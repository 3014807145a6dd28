package org.satukota.pengaduan.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.satukota.account.Role;
import org.satukota.support.TestCitizens;
import org.satukota.support.TestStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** People and files for the complaint tests, created the way people create them. */
final class Fixtures {

	static final String PASSWORD = "Warga#Uji2026x";

	static final String STAFF_PASSWORD = "Pengaduan#Uji2026";

	record Citizen(long accountId, String username, String email, String fullName, MockHttpSession session) {
	}

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	Fixtures(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	Citizen citizen(String fullName) throws Exception {
		String nik = TestCitizens.nik();
		String email = "adu." + TestCitizens.email(nik);
		mvc.perform(post("/daftar").with(csrf())
			.param("nik", nik)
			.param("fullName", fullName)
			.param("phone", "")
			.param("email", email)
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)).andExpect(status().is3xxRedirection());
		var row = jdbc.sql("SELECT id, username FROM account WHERE lower(email) = lower(:email) AND kind = 'CITIZEN'")
			.param("email", email)
			.query((rs, i) -> new Object[] { rs.getLong("id"), rs.getString("username") })
			.single();
		return new Citizen((Long) row[0], (String) row[1], email, fullName, logIn(email, PASSWORD));
	}

	/**
	 * Staff are created once per prefix, role and unit for the whole run: every account is one more e-mail in the
	 * shared outbox, and one more recipient of every disposition notice.
	 */
	private static final java.util.Map<String, String> STAFF = new java.util.concurrent.ConcurrentHashMap<>();

	/** A staff account holding {@code role} in {@code unitId} (made on first use); returns its username. */
	String staffAccount(String prefix, Role role, long unitId) throws Exception {
		String key = prefix + "|" + role + "|" + unitId;
		String existing = STAFF.get(key);
		if (existing != null) {
			return existing;
		}
		String created = newStaffAccount(prefix, role, unitId);
		STAFF.put(key, created);
		return created;
	}

	/** A new staff account holding {@code role} in {@code unitId}; returns its username. */
	String newStaffAccount(String prefix, Role role, long unitId) throws Exception {
		String username = TestStaff.uniqueUsername(prefix);
		TestStaff.create(mvc, username, "Nurul Fitriani", STAFF_PASSWORD, role.name(), unitId);
		return username;
	}

	MockHttpSession staff(String prefix, Role role, long unitId) throws Exception {
		return logIn(staffAccount(prefix, role, unitId), STAFF_PASSWORD);
	}

	MockHttpSession logIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/masuk").user(username).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** A real JPEG carrying an EXIF segment with a GPS marker and a phone model, as phones write them. */
	static byte[] jpegWithExif() {
		try {
			BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
			ByteArrayOutputStream plain = new ByteArrayOutputStream();
			ImageIO.write(image, "jpg", plain);
			byte[] jpeg = plain.toByteArray();
			byte[] tiff = tiffWithModel("PhoneModel-X GPSLatitude");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write(0xFF);
			out.write(0xD8);
			byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
			int length = 2 + exifHeader.length + tiff.length;
			out.write(0xFF);
			out.write(0xE1);
			out.write(length >> 8);
			out.write(length & 0xFF);
			out.write(exifHeader);
			out.write(tiff);
			out.write(jpeg, 2, jpeg.length - 2);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A little-endian TIFF header with one IFD entry (Model, ASCII) holding {@code text}. */
	private static byte[] tiffWithModel(String text) {
		byte[] value = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0 });
		out.writeBytes(new byte[] { 1, 0 });
		// tag 0x0110 Model, type 2 ASCII, count, offset 26
		out.writeBytes(new byte[] { 0x10, 0x01, 2, 0, (byte) value.length, 0, 0, 0, 26, 0, 0, 0 });
		out.writeBytes(new byte[] { 0, 0, 0, 0 });
		out.writeBytes(value);
		return out.toByteArray();
	}

	static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}
}
