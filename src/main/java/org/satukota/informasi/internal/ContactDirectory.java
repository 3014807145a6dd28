package org.satukota.informasi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Emergency contacts per kecamatan and what the portal adds to directory offices (WhatsApp, coordinates). */
@Repository
class ContactDirectory {

	private final JdbcClient jdbc;

	ContactDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record EmergencyContact(long id, long kecamatanId, EmergencyKind kind, String name, String phone, String whatsapp,
			boolean active, Instant updatedAt) {

		public String kindKey() {
			return kind.key();
		}

		public String tel() {
			return Phones.tel(phone);
		}

		public String wa() {
			return Phones.whatsapp(whatsapp);
		}
	}

	record Office(long unitId, String whatsapp, Double latitude, Double longitude, Instant updatedAt) {

		public boolean located() {
			return latitude != null && longitude != null;
		}
	}

	long addEmergency(long kecamatanId, EmergencyKind kind, String name, String phone, String whatsapp, Instant now) {
		return jdbc.sql("""
				INSERT INTO informasi_kontak_darurat (kecamatan_id, kind, name, phone, whatsapp, updated_at)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(kecamatanId, kind.name(), name, phone, whatsapp, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	void updateEmergency(long id, String name, String phone, String whatsapp, Instant now) {
		jdbc.sql("UPDATE informasi_kontak_darurat SET name = ?, phone = ?, whatsapp = ?, updated_at = ? WHERE id = ?")
			.params(name, phone, whatsapp, Timestamp.from(now), id)
			.update();
	}

	void retireEmergency(long id, Instant now) {
		jdbc.sql("UPDATE informasi_kontak_darurat SET active = FALSE, updated_at = ? WHERE id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	Optional<EmergencyContact> emergency(long id) {
		return jdbc.sql("SELECT * FROM informasi_kontak_darurat WHERE id = ?").param(id).query(this::mapEmergency).optional();
	}

	/** Active emergency contacts by kecamatan, in the order of {@link EmergencyKind}. */
	Map<Long, List<EmergencyContact>> activeEmergencyByKecamatan() {
		return jdbc.sql("SELECT * FROM informasi_kontak_darurat WHERE active ORDER BY kecamatan_id, "
				+ "array_position(ARRAY['AMBULANS','MOBIL_JENAZAH','PEMADAM','POLISI'], kind), id")
			.query(this::mapEmergency)
			.list()
			.stream()
			.collect(Collectors.groupingBy(EmergencyContact::kecamatanId, java.util.LinkedHashMap::new,
					Collectors.toList()));
	}

	boolean hasEmergencyContacts(long kecamatanId) {
		return jdbc.sql("SELECT count(*) FROM informasi_kontak_darurat WHERE kecamatan_id = ?")
			.param(kecamatanId)
			.query(Long.class)
			.single() > 0;
	}

	void saveOffice(long unitId, String whatsapp, Double latitude, Double longitude, Instant now) {
		jdbc.sql("""
				INSERT INTO informasi_kantor (unit_id, whatsapp, latitude, longitude, updated_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (unit_id) DO UPDATE SET whatsapp = EXCLUDED.whatsapp, latitude = EXCLUDED.latitude,
				  longitude = EXCLUDED.longitude, updated_at = EXCLUDED.updated_at""")
			.params(unitId, whatsapp, latitude, longitude, Timestamp.from(now))
			.update();
	}

	Map<Long, Office> offices() {
		return jdbc.sql("SELECT unit_id, whatsapp, latitude, longitude, updated_at FROM informasi_kantor")
			.query((rs, row) -> new Office(rs.getLong(1), rs.getString(2), (Double) rs.getObject(3),
					(Double) rs.getObject(4), rs.getTimestamp(5).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Office::unitId, o -> o));
	}

	/** When the directory's contacts last changed here, for the page's "diperbarui". */
	Optional<Instant> lastChange() {
		List<Instant> last = jdbc.sql("""
				SELECT max(at) AS last FROM (SELECT max(updated_at) AS at FROM informasi_kontak_darurat
				  UNION ALL SELECT max(updated_at) FROM informasi_kantor) changes""")
			.query((rs, row) -> ContentRepository.instant(rs, "last"))
			.list();
		// No row changed yet gives one NULL row.
		return last.isEmpty() ? Optional.empty() : Optional.ofNullable(last.get(0));
	}

	private EmergencyContact mapEmergency(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new EmergencyContact(rs.getLong("id"), rs.getLong("kecamatan_id"),
				EmergencyKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("phone"),
				rs.getString("whatsapp"), rs.getBoolean("active"), rs.getTimestamp("updated_at").toInstant());
	}
}
