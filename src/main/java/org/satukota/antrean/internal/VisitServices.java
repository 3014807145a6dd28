package org.satukota.antrean.internal;

import java.util.List;
import java.util.Optional;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.springframework.stereotype.Component;

/** The services that need a visit, and the units where each can be visited. */
@Component
class VisitServices {

	private final ServiceCatalog catalog;

	private final Units units;

	VisitServices(ServiceCatalog catalog, Units units) {
		this.catalog = catalog;
		this.units = units;
	}

	/** Published, active service types marked "visit needed", by name. */
	List<ServiceVersion> bookable() {
		return catalog.published().stream().filter(s -> s.visitNeeded() && !s.retired()).toList();
	}

	Optional<ServiceVersion> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return catalog.current(code.strip()).filter(s -> s.visitNeeded() && !s.retired());
	}

	/**
	 * Where the service is given: any kelurahan/desa of the city for kelurahan letters, any kecamatan for
	 * kecamatan letters, the named OPD for an OPD's service. Active units only, in tree order.
	 */
	List<UnitView> unitsFor(ServiceVersion service) {
		return switch (service.issuerKind()) {
			case KELURAHAN -> units.activeUnits().stream()
				.filter(u -> u.type() == UnitType.KELURAHAN || u.type() == UnitType.DESA)
				.toList();
			case KECAMATAN -> units.activeUnits().stream().filter(u -> u.type() == UnitType.KECAMATAN).toList();
			case OPD -> service.issuerOpdCode() == null ? List.of()
					: units.findByCode(service.issuerOpdCode()).filter(u -> u.type() == UnitType.OPD).stream().toList();
		};
	}

	boolean givenAt(ServiceVersion service, long unitId) {
		return unitsFor(service).stream().anyMatch(u -> u.id() == unitId);
	}
}
