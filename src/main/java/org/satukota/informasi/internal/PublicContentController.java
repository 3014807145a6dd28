package org.satukota.informasi.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.satukota.berkas.FileStore;
import org.satukota.berkas.StoredFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public sections: news and announcements, the agenda, documents and regulations, with their files. */
@Controller
class PublicContentController {

	static final Set<ContentKind> NEWS = EnumSet.of(ContentKind.BERITA, ContentKind.PENGUMUMAN);

	static final Set<ContentKind> DOCUMENTS = EnumSet.of(ContentKind.DOKUMEN, ContentKind.REGULASI);

	private static final int LIST_LIMIT = 100;

	private final ContentRepository repository;

	private final ContentViews views;

	private final FileStore files;

	private final Clock clock;

	PublicContentController(ContentRepository repository, ContentViews views, FileStore files, Clock clock) {
		this.repository = repository;
		this.views = views;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/berita")
	String news(Model model, Locale locale) {
		List<Content> items = repository.published(NEWS, LIST_LIMIT);
		model.addAttribute("announcements",
				views.views(items.stream().filter(c -> c.kind() == ContentKind.PENGUMUMAN).toList(), locale));
		model.addAttribute("news", views.views(items.stream().filter(c -> c.kind() == ContentKind.BERITA).toList(), locale));
		model.addAttribute("updated", views.latestUpdate(items, locale));
		return "informasi/berita-list";
	}

	@GetMapping("/agenda")
	String agenda(Model model, Locale locale) {
		List<Content> upcoming = repository.upcomingAgenda(clock.instant(), LIST_LIMIT);
		List<Content> past = repository.pastAgenda(clock.instant(), 20);
		model.addAttribute("upcoming", views.views(upcoming, locale));
		model.addAttribute("past", views.views(past, locale));
		model.addAttribute("updated", views.latestUpdate(
				java.util.stream.Stream.concat(upcoming.stream(), past.stream()).toList(), locale));
		return "informasi/agenda-list";
	}

	@GetMapping("/regulasi")
	String documents(Model model, Locale locale) {
		List<Content> items = repository.published(DOCUMENTS, LIST_LIMIT);
		model.addAttribute("regulations",
				views.views(items.stream().filter(c -> c.kind() == ContentKind.REGULASI).toList(), locale));
		model.addAttribute("documents",
				views.views(items.stream().filter(c -> c.kind() == ContentKind.DOKUMEN).toList(), locale));
		model.addAttribute("updated", views.latestUpdate(items, locale));
		return "informasi/regulasi-list";
	}

	@GetMapping({ "/berita/{id}", "/agenda/{id}", "/regulasi/{id}" })
	String item(@PathVariable String id, Model model, Locale locale,
			jakarta.servlet.http.HttpServletRequest request) {
		String section = request.getRequestURI().substring(request.getContextPath().length()).split("/")[1];
		Content content = publicItem(id, section);
		model.addAttribute("item", views.view(content, locale));
		return "informasi/item";
	}

	@GetMapping({ "/berita/{id}/gambar", "/agenda/{id}/gambar", "/regulasi/{id}/gambar" })
	ResponseEntity<byte[]> image(@PathVariable String id, jakarta.servlet.http.HttpServletRequest request) {
		Content content = publicItem(id, section(request));
		return file(content.details().imageFileId(), false);
	}

	@GetMapping({ "/berita/{id}/unduh", "/agenda/{id}/unduh", "/regulasi/{id}/unduh" })
	ResponseEntity<byte[]> download(@PathVariable String id, jakarta.servlet.http.HttpServletRequest request) {
		Content content = publicItem(id, section(request));
		return file(content.details().attachmentFileId(), true);
	}

	private static String section(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).split("/")[1];
	}

	private ResponseEntity<byte[]> file(UUID fileId, boolean attachment) {
		if (fileId == null) {
			throw new ContentNotFound("file");
		}
		StoredFile file = files.find(fileId).orElseThrow(() -> new ContentNotFound(fileId));
		ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(file.originalName(), java.nio.charset.StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			// Short: a new upload replaces the file behind the same address; the ETag makes revalidation cheap.
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
			.eTag(file.sha256())
			.body(files.content(fileId));
	}

	/** A published item of the section the address names; anything else is not found. */
	private Content publicItem(String id, String section) {
		long contentId;
		try {
			contentId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new ContentNotFound(id);
		}
		return repository.find(contentId)
			.filter(Content::published)
			.filter(c -> c.kind().section().equals(section))
			.orElseThrow(() -> new ContentNotFound(id));
	}
}
