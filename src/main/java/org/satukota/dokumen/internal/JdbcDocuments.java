package org.satukota.dokumen.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.satukota.berkas.FileStore;
import org.satukota.berkas.StoredFile;
import org.satukota.berkas.Upload;
import org.satukota.berkas.UploadRules;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.dokumen.DocumentIssued;
import org.satukota.dokumen.DocumentRevoked;
import org.satukota.dokumen.DocumentStatus;
import org.satukota.dokumen.Documents;
import org.satukota.dokumen.IssueRequest;
import org.satukota.dokumen.IssuedDocument;
import org.satukota.dokumen.PdfRenderer;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of issued documents ({@code dokumen_document}) and the issuing pipeline. */
@Service
class JdbcDocuments implements Documents {

	/** Generous: a one- or two-page letter with its signature is well under 1 MB. */
	private static final long MAX_PDF_BYTES = 20L * 1024 * 1024;

	private static final int MAX_REASON_LENGTH = 500;

	private static final String COLUMNS = """
			id, verification_code, document_type, number, issued_on, issuing_unit_id, unit_name, signer_name,
			signer_position, holder_name_masked, status, revocation_reason, revoked_at, file_id""";

	private final JdbcClient jdbc;

	private final Units units;

	private final PdfRenderer renderer;

	private final PadesSigner signer;

	private final SigningKeys keys;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String publicUrl;

	JdbcDocuments(JdbcClient jdbc, Units units, PdfRenderer renderer, PadesSigner signer, SigningKeys keys,
			FileStore files, ApplicationEventPublisher events, Clock clock,
			@Value("${satukota.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.units = units;
		this.renderer = renderer;
		this.signer = signer;
		this.keys = keys;
		this.files = files;
		this.events = events;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@Override
	@Transactional
	public IssuedDocument issue(IssueRequest request) {
		requireText(request.documentType(), "documentType");
		requireText(request.number(), "number");
		requireText(request.signerName(), "signerName");
		requireText(request.signerPosition(), "signerPosition");
		requireText(request.holderName(), "holderName");
		if (request.actor() == null) {
			throw new IllegalArgumentException("An actor is required");
		}
		UnitView unit = units.find(request.issuingUnitId())
			.orElseThrow(() -> new IllegalArgumentException("No unit " + request.issuingUnitId()));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate issuedOn = LocalDate.ofInstant(now, units.cityProfile().zone());
		UUID id = UUID.randomUUID();
		String code = freshCode();
		byte[] page = renderer.render(request.documentType(),
				DocumentLayout.xhtml(Letterhead.of(unit, units), request.documentType(), request.number(),
						request.bodyXhtml(), place(), issuedOn, request.signerPosition(), request.signerName(),
						verificationUrl(code), code, publicUrl + "/verifikasi"));
		SigningIdentity identity = keys.forOfficial(request.signerAccountId(), request.signerName().strip());
		byte[] signed = signer.sign(page, identity, now, request.documentType() + " " + request.number(), place());
		StoredFile file = files.store(new Upload(fileName(request.documentType(), request.number()), signed),
				UploadRules.pdfOnly(MAX_PDF_BYTES));
		jdbc.sql("""
				insert into dokumen_document (id, verification_code, document_type, number, issued_on, issued_at,
				  issued_by, issuing_unit_id, unit_name, signer_account_id, signer_name, signer_position,
				  holder_name_masked, holder_reference, status, file_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALID', ?)""")
			.params(id, code, request.documentType().strip(), request.number().strip(), issuedOn,
					Timestamp.from(now), request.actor().username(), unit.id(), unit.name(),
					request.signerAccountId(), request.signerName().strip(), request.signerPosition().strip(),
					NameMask.mask(request.holderName()), request.holderReference(), file.id())
			.update();
		events.publishEvent(new DocumentIssued(id, unit.id(), request.number().strip(), request.actor(), now));
		return find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from dokumen_document where id = ?").param(id).query(this::map)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> findByCode(String verificationCode) {
		String code = VerificationCodes.normalize(verificationCode);
		if (code == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from dokumen_document where verification_code = ?")
			.param(code)
			.query(this::map)
			.optional();
	}

	/** By number (contains, any case) or exact code; newest first. A blank query lists the latest documents. */
	@Transactional(readOnly = true)
	List<IssuedDocument> search(String query, int limit) {
		String text = query == null ? "" : query.strip();
		if (text.isEmpty()) {
			return jdbc.sql("select " + COLUMNS + " from dokumen_document order by issued_at desc limit ?")
				.param(limit)
				.query(this::map)
				.list();
		}
		String code = VerificationCodes.normalize(text);
		return jdbc.sql("select " + COLUMNS + """
				 from dokumen_document
				where lower(number) like ? escape '\\' or verification_code = ?
				order by issued_at desc limit ?""")
			.params("%" + likeEscape(text.toLowerCase()) + "%", code == null ? "" : code, limit)
			.query(this::map)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] pdf(UUID documentId) {
		IssuedDocument document = find(documentId)
			.orElseThrow(() -> new NoSuchElementException("No document " + documentId));
		return files.content(document.fileId());
	}

	@Override
	@Transactional
	public void revoke(UUID documentId, String reason, Actor actor) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new PolicyViolation("dokumen.reason-required");
		}
		if (why.length() > MAX_REASON_LENGTH) {
			throw new PolicyViolation("dokumen.reason-too-long", MAX_REASON_LENGTH);
		}
		String status = jdbc.sql("select status from dokumen_document where id = ? for update")
			.param(documentId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NoSuchElementException("No document " + documentId));
		if (DocumentStatus.valueOf(status) == DocumentStatus.REVOKED) {
			throw new PolicyViolation("dokumen.already-revoked");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				update dokumen_document set status = 'REVOKED', revocation_reason = ?, revoked_at = ?, revoked_by = ?
				where id = ?""")
			.params(why, Timestamp.from(now), actor.username(), documentId)
			.update();
		events.publishEvent(new DocumentRevoked(documentId, why, actor, now));
	}

	String verificationUrl(String code) {
		return publicUrl + "/verifikasi/" + code;
	}

	/** The place on the date line: the city's name without "Kota"/"Kabupaten". */
	private String place() {
		return units.cityProfile().name().replaceFirst("^(Kota|Kabupaten)\\s+", "");
	}

	private String freshCode() {
		for (int attempt = 0; attempt < 10; attempt++) {
			String code = VerificationCodes.random();
			boolean taken = jdbc.sql("select exists (select 1 from dokumen_document where verification_code = ?)")
				.param(code)
				.query(Boolean.class)
				.single();
			if (!taken) {
				// The unique constraint still guards the (astronomically unlikely) concurrent collision.
				return code;
			}
		}
		throw new IllegalStateException("Could not find a free verification code");
	}

	private IssuedDocument map(ResultSet rs, int row) throws SQLException {
		Timestamp revokedAt = rs.getTimestamp("revoked_at");
		return new IssuedDocument(rs.getObject("id", UUID.class), rs.getString("verification_code"),
				rs.getString("document_type"), rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
				rs.getLong("issuing_unit_id"), rs.getString("unit_name"), rs.getString("signer_name"),
				rs.getString("signer_position"), rs.getString("holder_name_masked"),
				DocumentStatus.valueOf(rs.getString("status")), rs.getString("revocation_reason"),
				revokedAt == null ? null : revokedAt.toInstant(), rs.getObject("file_id", UUID.class));
	}

	private static String fileName(String documentType, String number) {
		String name = (documentType + " " + number).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return (name.isEmpty() ? "dokumen" : name) + ".pdf";
	}

	private static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}
}
