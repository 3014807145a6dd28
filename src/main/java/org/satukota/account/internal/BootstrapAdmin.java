package org.satukota.account.internal;

import org.satukota.account.Role;
import org.satukota.directory.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator, from {@code SATUKOTA_ADMIN_USERNAME} / {@code SATUKOTA_ADMIN_PASSWORD} (as Keycloak
 * does): created with ADMIN in the city unit when no account of that name exists, never overwritten afterwards.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final Seeding seeding;

	private final Units units;

	private final String username;

	private final String password;

	BootstrapAdmin(Seeding seeding, Units units, @Value("${satukota.admin.username:}") String username,
			@Value("${satukota.admin.password:}") String password) {
		this.seeding = seeding;
		this.units = units;
		this.username = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
		this.password = password == null ? "" : password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (username.isEmpty() || password.isEmpty()) {
			return;
		}
		if (!NameRules.validStaffUsername(username)) {
			log.warn("SATUKOTA_ADMIN_USERNAME is not a valid staff username (lowercase letters, digits, . _ -); "
					+ "no bootstrap admin created");
			return;
		}
		if (seeding.ensureStaff(username, "Administrator", null, password, Role.ADMIN, units.city().id())) {
			log.info("Bootstrap admin '{}' created with ADMIN in the city unit", username);
		}
	}
}
