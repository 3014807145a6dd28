package org.satukota.dokumen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SigningKeysIntegrationTest {

	@Autowired
	SigningKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentFirstSignaturesCreateOneCertificatePerOfficialAndOneCityCa() throws Exception {
		long accountId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<SigningIdentity>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return keys.forOfficial(accountId, "Rahmat Hidayat");
				}));
			}
			start.countDown();
			for (Future<SigningIdentity> result : results) {
				SigningIdentity identity = result.get(1, TimeUnit.MINUTES);
				assertThat(Certificates.commonName(identity.certificate())).isEqualTo("Rahmat Hidayat");
				assertThat(identity.chain()).hasSize(2);
				assertThat(Certificates.commonName(identity.chain().get(1))).isEqualTo("SatuKota CA Kota Palembang");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("select count(*) from dokumen_signing_key where account_id = ?", accountId)).isEqualTo(1);
		assertThat(count("select count(*) from dokumen_signing_key where kind = 'CITY_CA'", null)).isEqualTo(1);
		assertThat(keys.trustAnchors()).hasSize(1);

		// A new name on the same account gets its own certificate: the certificate must carry the printed name.
		assertThat(Certificates.commonName(keys.forOfficial(accountId, "Rahmat Hidayat, S.Sos.").certificate()))
			.isEqualTo("Rahmat Hidayat, S.Sos.");
	}

	private long count(String sql, Long accountId) {
		var statement = jdbc.sql(sql);
		if (accountId != null) {
			statement = statement.param(accountId);
		}
		return statement.query(Long.class).single();
	}
}
