package org.satukota.informasi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.satukota.berkas.FileStore;
import org.satukota.berkas.StoredFile;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.springframework.stereotype.Component;

/** Portal items as the templates show them: dates in the city's zone and the reader's language, lateness, links. */
@Component
class ContentViews {

	private final Units units;

	private final FileStore files;

	private final Clock clock;

	ContentViews(Units units, FileStore files, Clock clock) {
		this.units = units;
		this.files = files;
		this.clock = clock;
	}

	record ContentView(long id, ContentKind kind, String title, String summary,
			List<List<BodyText.Segment>> paragraphs, String path, String imagePath, String attachmentPath,
			String attachmentName, String attachmentType, String startsAt, String endsAt, String place,
			String regulationNumber, String externalUrl, long unitId, String unitName, String updated, boolean late,
			String frequencyKey, boolean published, String publishedOn, String day, String month) {

		public String kindKey() {
			return kind.key();
		}
	}

	ZoneId zone() {
		return units.cityProfile().zone();
	}

	ContentView view(Content c, Locale locale) {
		ContentDetails d = c.details();
		String attachmentName = null;
		String attachmentType = null;
		if (d.attachmentFileId() != null) {
			StoredFile file = files.find(d.attachmentFileId()).orElse(null);
			if (file != null) {
				attachmentName = file.originalName();
				attachmentType = file.mediaType().equals("application/pdf") ? "PDF"
						: file.mediaType().substring(file.mediaType().indexOf('/') + 1).toUpperCase(Locale.ROOT);
				attachmentType += ", " + size(file.size());
			}
		}
		String unitName = units.find(c.unitId()).map(UnitView::name).orElse("");
		Instant now = clock.instant();
		ZoneId zone = zone();
		return new ContentView(c.id(), c.kind(), d.title(), d.summary(), BodyText.paragraphs(d.body()), c.path(),
				d.imageFileId() == null ? null : c.path() + "/gambar",
				d.attachmentFileId() == null ? null : c.path() + "/unduh", attachmentName, attachmentType,
				dateTime(d.startsAt(), locale), dateTime(d.endsAt(), locale), d.place(), d.regulationNumber(),
				d.externalUrl(), c.unitId(), unitName, date(c.updatedAt(), locale), c.isLate(now, zone),
				"informasi.frequency." + c.frequency().name().toLowerCase(Locale.ROOT), c.published(),
				date(c.publishedAt(), locale),
				d.startsAt() == null ? null : DateTimeFormatter.ofPattern("d", locale).format(d.startsAt().atZone(zone)),
				d.startsAt() == null ? null
						: DateTimeFormatter.ofPattern("MMM", locale).format(d.startsAt().atZone(zone)));
	}

	List<ContentView> views(List<Content> contents, Locale locale) {
		return contents.stream().map(c -> view(c, locale)).toList();
	}

	/** The latest "diperbarui" of a list of items (a list page is as fresh as its freshest item). */
	String latestUpdate(List<Content> contents, Locale locale) {
		return contents.stream()
			.map(Content::updatedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.map(at -> date(at, locale))
			.orElse(null);
	}

	String date(Instant at, Locale locale) {
		return at == null ? null : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(at.atZone(zone()));
	}

	String dateTime(Instant at, Locale locale) {
		return at == null ? null
				: DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH.mm", locale).format(at.atZone(zone()));
	}

	private static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return (bytes / 1024) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
	}
}
