package org.satukota.informasi.internal;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lease on a row of {@code scheduled_job_lock}, so that a scheduled job runs on one node at a time. The lease
 * expires by itself, so a node that dies while holding it blocks the job for one lease at most.
 */
@Component
class JobLock {

	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	private final JdbcClient jdbc;

	JobLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the lease of {@code job} for {@code lease} if nobody holds it; {@code true} when taken. */
	boolean tryAcquire(String job, Duration lease) {
		// Real time, not the business clock: a lease is about elapsed time, and tests move the business clock.
		Instant now = Instant.now();
		return jdbc.sql("""
				INSERT INTO scheduled_job_lock (job_name, locked_until, locked_by) VALUES (:job, :until, :node)
				ON CONFLICT (job_name) DO UPDATE SET locked_until = :until, locked_by = :node
				WHERE scheduled_job_lock.locked_until < :now OR scheduled_job_lock.locked_by = :node""")
			.param("job", job)
			.param("until", Timestamp.from(now.plus(lease)))
			.param("node", NODE)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Gives the lease back early, once the job is done. */
	void release(String job) {
		jdbc.sql("UPDATE scheduled_job_lock SET locked_until = :past WHERE job_name = :job AND locked_by = :node")
			.param("past", Timestamp.from(Instant.EPOCH))
			.param("job", job)
			.param("node", NODE)
			.update();
	}
}
