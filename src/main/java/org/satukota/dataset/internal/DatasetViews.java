package org.satukota.dataset.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns stored datasets into what pages show: unit names, local dates, freshness badges, cell text. */
@Component
class DatasetViews {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/** A dataset in a list. */
	record Card(long id, String slug, String title, String summary, String unitName, String updated, boolean late,
			String frequency, boolean published, int rowCount, boolean system) {
	}

	private final Units units;

	private final Clock clock;

	private final String publicUrl;

	DatasetViews(Units units, Clock clock, @Value("${satukota.public-url:http://localhost:8080}") String publicUrl) {
		this.units = units;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	ZoneId zone() {
		return units.cityProfile().zone();
	}

	Instant now() {
		return clock.instant();
	}

	String publicUrl() {
		return publicUrl;
	}

	String unitName(long unitId) {
		return units.find(unitId).map(UnitView::name).orElse("—");
	}

	boolean late(Dataset dataset) {
		return dataset.lateAt(now(), zone());
	}

	Card card(Dataset d, Locale locale) {
		String summary = d.description().length() > 180 ? d.description().substring(0, 177) + "…" : d.description();
		return new Card(d.id(), d.slug(), d.title(), summary, unitName(d.ownerUnitId()), date(d.updatedAt(), locale),
				late(d), d.frequency().name(), d.published(), d.rowCount(), d.system());
	}

	List<Card> cards(List<Dataset> datasets, Locale locale) {
		return datasets.stream().map(d -> card(d, locale)).toList();
	}

	String date(Instant instant, Locale locale) {
		if (instant == null) {
			return "—";
		}
		return DateTimeFormatter.ofPattern("d MMMM yyyy", language(locale)).format(instant.atZone(zone()));
	}

	String dateTime(Instant instant, Locale locale) {
		if (instant == null) {
			return "—";
		}
		return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", language(locale)).format(instant.atZone(zone()));
	}

	/** A cell as text: numbers in plain notation (no exponent), absent values empty. */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	/** A row's cells as text in column order. */
	static List<String> texts(Dataset dataset, Map<String, Object> cells) {
		return dataset.columns().stream().map(c -> text(cells.get(c.name()))).toList();
	}

	private static Locale language(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
	}
}
