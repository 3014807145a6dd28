package org.satukota.notifikasi.internal;

import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.satukota.directory.CityProfile;
import org.satukota.notifikasi.Notification;
import org.satukota.notifikasi.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/kotak-keluar")
@PreAuthorize("hasRole('ADMIN')")
class OutboxAdminController {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

	private static final Map<String, String> ZONE_NAMES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
			"Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

	private final OutboxRepository outbox;

	private final Notifications notifications;

	private final EmailChannel email;

	private final CityProfile city;

	private final MessageSource messages;

	private final java.time.Clock clock;

	OutboxAdminController(OutboxRepository outbox, Notifications notifications, EmailChannel email,
			CityProfile city, MessageSource messages, java.time.Clock clock) {
		this.outbox = outbox;
		this.notifications = notifications;
		this.email = email;
		this.city = city;
		this.messages = messages;
		this.clock = clock;
	}

	/** A list row: the recipient is already masked. */
	record Row(UUID id, String time, String channel, String recipient, String subject, MessageStatus status,
			String statusKey, int attempts) {
	}

	@GetMapping
	String list(@RequestParam(name = "halaman", required = false) String halaman, Model model) {
		model.addAttribute("uji", new TestMessageForm());
		prepareList(parsePage(halaman), model);
		return "notifikasi/kotak-keluar";
	}

	@PostMapping("/uji")
	String sendTest(@ModelAttribute("uji") TestMessageForm form, BindingResult errors, Principal principal,
			Locale locale, Model model, RedirectAttributes redirect) {
		String address = form.getAlamat() == null ? "" : form.getAlamat().strip();
		if (address.isEmpty()) {
			errors.rejectValue("alamat", "notifikasi.uji.alamat.kosong");
		}
		else if (!Notification.isEmailAddress(address) || address.length() > 254) {
			errors.rejectValue("alamat", "notifikasi.uji.alamat.tidak-valid");
		}
		if (errors.hasErrors()) {
			prepareList(0, model);
			return "notifikasi/kotak-keluar";
		}
		ZoneId zone = city.zone();
		UUID id = notifications.send(Notification.email(address, "uji-kirim",
				Map.of("pengirim", principal.getName(), "waktu",
						TIME.format(clock.instant().atZone(zone)) + " " + zoneName(zone)))
			.in(locale));
		redirect.addFlashAttribute("flash", messages.getMessage("notifikasi.uji.dikirim", null, locale));
		return "redirect:/admin/kotak-keluar/" + id;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		OutboxMessage message = parseId(id).flatMap(outbox::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ZoneId zone = city.zone();
		model.addAttribute("message", message);
		model.addAttribute("bodyLines", message.body().stripTrailing().split("\n", -1));
		model.addAttribute("statusKey", message.status().messageKey());
		model.addAttribute("zoneName", zoneName(zone));
		model.addAttribute("createdAt", format(message.createdAt(), zone));
		model.addAttribute("nextAttemptAt", format(message.nextAttemptAt(), zone));
		model.addAttribute("lastAttemptAt", format(message.lastAttemptAt(), zone));
		model.addAttribute("sentAt", format(message.sentAt(), zone));
		return "notifikasi/pesan";
	}

	private void prepareList(int page, Model model) {
		ZoneId zone = city.zone();
		long total = outbox.count();
		List<Row> rows = outbox.page(page, PAGE_SIZE)
			.stream()
			.map(message -> new Row(message.id(), format(message.createdAt(), zone), message.channel().name(),
					RecipientMask.mask(message.recipient()), message.subject(), message.status(),
					message.status().messageKey(), message.attempts()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("total", total);
		model.addAttribute("zoneName", zoneName(zone));
		model.addAttribute("smtpConfigured", email.isAvailable());
		if (page > 0) {
			model.addAttribute("previousPage", page - 1);
		}
		if ((long) (page + 1) * PAGE_SIZE < total) {
			model.addAttribute("nextPage", page + 1);
		}
	}

	private static int parsePage(String value) {
		try {
			return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static java.util.Optional<UUID> parseId(String id) {
		try {
			return java.util.Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	private static String format(Instant instant, ZoneId zone) {
		return instant == null ? null : TIME.format(instant.atZone(zone));
	}

	static String zoneName(ZoneId zone) {
		String name = ZONE_NAMES.get(zone.getId());
		if (name != null) {
			return name;
		}
		return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
	}
}
