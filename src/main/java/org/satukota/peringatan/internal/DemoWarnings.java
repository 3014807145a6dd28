package org.satukota.peringatan.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.satukota.directory.UnitView;
import org.satukota.shared.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: one expired and one in-force example warning, published once (when the city has none). No
 * external feed is registered: demo and CI machines may have no network.
 */
@Component
@ConditionalOnBooleanProperty("satukota.demo.enabled")
@Order(Ordered.LOWEST_PRECEDENCE - 50)
class DemoWarnings implements ApplicationRunner {

	private final AlertRepository alerts;

	private final WarningDesk desk;

	private final WarningRules rules;

	private final Clock clock;

	DemoWarnings(AlertRepository alerts, WarningDesk desk, WarningRules rules, Clock clock) {
		this.alerts = alerts;
		this.desk = desk;
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (alerts.any()) {
			return;
		}
		List<UnitView> kelurahan = rules.kelurahanChoices();
		if (kelurahan.isEmpty()) {
			return;
		}
		UnitView area = kelurahan.stream()
			.filter(k -> "16.71.05.1009".equals(k.code()))
			.findFirst()
			.orElse(kelurahan.get(0));
		Cap.Area kelurahanArea = new Cap.Area(area.name(), List.of(), List.of(),
				List.of(new Cap.Geocode(Cap.KEMENDAGRI, area.code())));
		Instant now = clock.instant();
		desk.publish(new WarningDraft(List.of("Met"), "Angin kencang", "Past", "Moderate", "Observed",
				"Angin kencang melanda " + area.name(),
				"Angin kencang disertai hujan lebat sempat melanda wilayah ini. Contoh peringatan yang sudah berakhir.",
				"Periksa atap dan pohon di sekitar rumah.", null, null, now.minus(Duration.ofDays(2)),
				List.of(kelurahanArea)), Actor.SYSTEM, now.minus(Duration.ofDays(3)));
		desk.publish(new WarningDraft(List.of("Met", "Geo"), "Banjir", "Expected", "Severe", "Likely",
				"Waspada banjir di " + area.name() + " dan bantaran sungai",
				"Hujan lebat di hulu diperkirakan menaikkan muka air sungai dalam 24 jam ke depan.",
				"Amankan dokumen penting, siapkan tas siaga, dan ikuti arahan petugas. Darurat: telepon 112.", null,
				null, now.plus(Duration.ofDays(3)),
				List.of(kelurahanArea, new Cap.Area("Bantaran sungai", List.of(),
						List.of("-2.9909,104.7566 2.5"), List.of()))), Actor.SYSTEM, now);
	}
}
