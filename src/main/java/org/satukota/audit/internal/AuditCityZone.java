package org.satukota.audit.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.satukota.directory.Units;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The zone the city keeps, for showing audit times in local time. Falls back to UTC while no city profile is
 * available (e.g. before the directory is set up), so the audit pages never fail because of it.
 */
@Component
class AuditCityZone {

	private final ObjectProvider<Units> units;

	AuditCityZone(ObjectProvider<Units> units) {
		this.units = units;
	}

	ZoneId zone() {
		try {
			Units directory = units.getIfAvailable();
			if (directory != null && directory.cityProfile() != null && directory.cityProfile().zone() != null) {
				return directory.cityProfile().zone();
			}
		}
		catch (RuntimeException ex) {
			// No city profile yet: UTC is still a correct, labelled way to show instants.
		}
		return ZoneOffset.UTC;
	}
}
