package org.satukota.dokumen.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.satukota.directory.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which key signs. With {@code satukota.signing.pkcs12.path} set, the configured certificate (e.g. from BSrE)
 * signs everything. Otherwise the platform is its own small PKI: a city CA created on first need and one
 * certificate per official, created on their first signature, all kept in {@code dokumen_signing_key}.
 * Creation runs in its own transaction under a PostgreSQL advisory lock, so two nodes never create two CAs and
 * a key once created survives a rolled-back issue.
 */
@Component
class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	/** Arbitrary but fixed: the advisory lock all nodes take while creating signing keys. */
	private static final long KEY_LOCK = 0x5a7d_0d0cL;

	private static final Duration CA_VALIDITY = Duration.ofDays(3653);

	private static final Duration OFFICIAL_VALIDITY = Duration.ofDays(730);

	/** An official's certificate is renewed when less than this remains, so a signature never nears expiry. */
	private static final Duration RENEWAL_MARGIN = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	private final SigningProperties properties;

	private final Units units;

	private final Clock clock;

	/** Key rows never change once written, so decoding each only once is safe on any number of nodes. */
	private final Map<Long, SigningIdentity> decoded = new ConcurrentHashMap<>();

	private volatile SigningIdentity configured;

	SigningKeys(JdbcClient jdbc, PlatformTransactionManager transactions, SigningProperties properties, Units units,
			Clock clock) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.units = units;
		this.clock = clock;
		if (properties.pkcs12().configured()) {
			// Fail at start-up, not at the first signature, when the configured keystore is unreadable.
			configuredIdentity();
			log.info("Documents are signed with the configured certificate \"{}\"",
					Certificates.commonName(configured.certificate()));
		}
		else if (SigningProperties.DEMO_PASSWORD.equals(properties.keystorePassword())) {
			log.warn("satukota.signing.keystore-password is the demo default; set SATUKOTA_SIGNING_KEYSTORE_PASSWORD "
					+ "in production");
		}
	}

	/** The identity that signs for this official now. */
	SigningIdentity forOfficial(long accountId, String officialName) {
		if (properties.pkcs12().configured()) {
			return configuredIdentity();
		}
		Instant now = clock.instant();
		return currentOfficialKey(accountId, officialName, now).map(this::decode)
			.orElseGet(() -> newTransaction.execute(status -> {
				lock();
				return currentOfficialKey(accountId, officialName, now).map(this::decode)
					.orElseGet(() -> createOfficial(accountId, officialName, now));
			}));
	}

	/**
	 * The certificates whose chains the verifier trusts: every city CA the platform created and, when configured,
	 * the top of the configured certificate's chain. Documents signed before a switch to a real certificate keep
	 * verifying.
	 */
	List<X509Certificate> trustAnchors() {
		List<X509Certificate> anchors = new ArrayList<>();
		jdbc.sql("select id from dokumen_signing_key where kind = 'CITY_CA' order by id")
			.query(Long.class)
			.list()
			.forEach(id -> anchors.add(decode(id).certificate()));
		if (properties.pkcs12().configured()) {
			List<X509Certificate> chain = configuredIdentity().chain();
			anchors.add(chain.get(chain.size() - 1));
		}
		return anchors;
	}

	/** The city CA, created on first need. */
	SigningIdentity cityCa() {
		Instant now = clock.instant();
		return currentCaKey(now).map(this::decode).orElseGet(() -> newTransaction.execute(status -> {
			lock();
			return currentCaKey(now).map(this::decode).orElseGet(() -> createCa(now));
		}));
	}

	private SigningIdentity createOfficial(long accountId, String officialName, Instant now) {
		// Called inside the key-creation transaction; the CA is created in the same one if needed.
		SigningIdentity ca = currentCaKey(now).map(this::decode).orElseGet(() -> createCa(now));
		KeyPair keys = Certificates.newKeyPair();
		Instant notBefore = now.minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
		Instant notAfter = notBefore.plus(OFFICIAL_VALIDITY);
		if (notAfter.isAfter(ca.certificate().getNotAfter().toInstant())) {
			notAfter = ca.certificate().getNotAfter().toInstant();
		}
		X509Certificate certificate = Certificates.official(Certificates.name(officialName, organisation()), keys, ca,
				notBefore, notAfter);
		List<X509Certificate> chain = new ArrayList<>();
		chain.add(certificate);
		chain.addAll(ca.chain());
		SigningIdentity identity = new SigningIdentity(keys.getPrivate(), chain);
		save("OFFICIAL", accountId, officialName, identity, now);
		log.info("Created a signing certificate for account {}", accountId);
		return identity;
	}

	private SigningIdentity createCa(Instant now) {
		KeyPair keys = Certificates.newKeyPair();
		Instant notBefore = now.minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
		String commonName = "SatuKota CA " + units.cityProfile().name();
		X509Certificate certificate = Certificates.selfSignedCa(Certificates.name(commonName, organisation()), keys,
				notBefore, notBefore.plus(CA_VALIDITY));
		SigningIdentity identity = new SigningIdentity(keys.getPrivate(), List.of(certificate));
		save("CITY_CA", null, commonName, identity, now);
		log.info("Created the city CA \"{}\"", commonName);
		return identity;
	}

	private void save(String kind, Long accountId, String subject, SigningIdentity identity, Instant now) {
		X509Certificate certificate = identity.certificate();
		jdbc.sql("""
				insert into dokumen_signing_key (kind, account_id, subject, serial, not_before, not_after, pkcs12,
				  created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(kind, accountId, subject, certificate.getSerialNumber().toString(16),
					Timestamp.from(certificate.getNotBefore().toInstant()),
					Timestamp.from(certificate.getNotAfter().toInstant()),
					Certificates.toPkcs12(identity, password()), Timestamp.from(now))
			.update();
	}

	private Optional<Long> currentCaKey(Instant now) {
		return jdbc.sql("""
				select id from dokumen_signing_key where kind = 'CITY_CA' and not_after > ?
				order by not_after desc limit 1""")
			.param(Timestamp.from(now.plus(RENEWAL_MARGIN)))
			.query(Long.class)
			.optional();
	}

	private Optional<Long> currentOfficialKey(long accountId, String officialName, Instant now) {
		// A renamed official gets a new certificate: the name in the certificate must match the printed one.
		return jdbc.sql("""
				select id from dokumen_signing_key where kind = 'OFFICIAL' and account_id = ? and subject = ?
				  and not_before <= ? and not_after > ?
				order by not_after desc limit 1""")
			.params(accountId, officialName, Timestamp.from(now), Timestamp.from(now.plus(RENEWAL_MARGIN)))
			.query(Long.class)
			.optional();
	}

	private SigningIdentity decode(long id) {
		return decoded.computeIfAbsent(id, key -> Certificates.fromPkcs12(jdbc
			.sql("select pkcs12 from dokumen_signing_key where id = ?")
			.param(key)
			.query((rs, row) -> rs.getBytes(1))
			.single(), password(), null));
	}

	private SigningIdentity configuredIdentity() {
		SigningIdentity identity = configured;
		if (identity == null) {
			SigningProperties.Pkcs12 pkcs12 = properties.pkcs12();
			try {
				char[] password = pkcs12.password() == null ? new char[0] : pkcs12.password().toCharArray();
				identity = Certificates.fromPkcs12(Files.readAllBytes(Path.of(pkcs12.path())), password,
						pkcs12.alias());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read satukota.signing.pkcs12.path " + pkcs12.path(), ex);
			}
			configured = identity;
		}
		return identity;
	}

	private void lock() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(KEY_LOCK).query((rs, row) -> 1).single();
	}

	private String organisation() {
		return "Pemerintah " + units.cityProfile().name();
	}

	private char[] password() {
		return properties.keystorePassword().toCharArray();
	}
}
