package org.satukota.layanan.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.ServiceVersion;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Texts derived from a service version that several pages, the blank form and the API show the same way. */
@Component
class CatalogueView {

	private final Units units;

	private final MessageSource messages;

	CatalogueView(Units units, MessageSource messages) {
		this.units = units;
		this.messages = messages;
	}

	/** "Kelurahan/desa", "Kecamatan" or the OPD's name. */
	String issuer(ServiceVersion service, Locale locale) {
		if (service.issuerKind() == IssuerKind.OPD) {
			return opd(service.issuerOpdCode()).map(UnitView::name).orElse(service.issuerOpdCode());
		}
		return messages.getMessage("layanan.issuer." + service.issuerKind(), null, locale);
	}

	/** The heading of a group of services by issuing unit type. */
	String issuerGroup(IssuerKind kind, Locale locale) {
		return messages.getMessage("layanan.issuer-group." + kind, null, locale);
	}

	Optional<UnitView> opd(String code) {
		return code == null ? Optional.empty() : units.findByCode(code);
	}

	String fee(ServiceVersion service, Locale locale) {
		if (service.feeRupiah() == 0) {
			return messages.getMessage("layanan.fee.free", null, locale);
		}
		return "Rp" + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(service.feeRupiah());
	}

	String time(ServiceVersion service, Locale locale) {
		return messages.getMessage("layanan.time.days", new Object[] { service.totalWorkingDays() }, locale);
	}

	String validity(ServiceVersion service, Locale locale) {
		Integer months = service.document() == null ? null : service.document().validityMonths();
		if (months == null) {
			return messages.getMessage("layanan.validity.none", null, locale);
		}
		if (months % 12 == 0) {
			return messages.getMessage("layanan.validity.years", new Object[] { months / 12 }, locale);
		}
		return messages.getMessage("layanan.validity.months", new Object[] { months }, locale);
	}

	/** One line of the catalogue list. */
	record Entry(String code, String name, String description, String issuer, String time, String fee,
			boolean visitNeeded, boolean permit) {
	}

	Entry entry(ServiceVersion s, Locale locale) {
		return new Entry(s.code(), s.name(), s.description(), issuer(s, locale), time(s, locale), fee(s, locale),
				s.visitNeeded(), s.permit());
	}

	List<Entry> entries(List<ServiceVersion> services, Locale locale) {
		return services.stream().map(s -> entry(s, locale)).toList();
	}
}
