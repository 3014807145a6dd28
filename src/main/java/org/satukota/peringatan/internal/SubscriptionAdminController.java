package org.satukota.peringatan.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.satukota.account.CurrentUser;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.peringatan.ExternalFeedChanged;
import org.satukota.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators register external CAP feeds, pause or resume them, and see what they delivered or why not. */
@Controller
@RequestMapping("/admin/peringatan/langganan")
class SubscriptionAdminController {

	/** A subscription with what the admin page shows of it. */
	record Row(ExternalRepository.Subscription subscription, String lastFetched,
			List<ExternalRepository.FetchError> errors, List<ExternalRepository.Received> received) {
	}

	private final ExternalRepository repository;

	private final ExternalFeedFetcher fetcher;

	private final WarningViews views;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final Clock clock;

	SubscriptionAdminController(ExternalRepository repository, ExternalFeedFetcher fetcher, WarningViews views,
			CurrentUsers currentUsers, ApplicationEventPublisher events, TransactionTemplate transactions,
			MessageSource messages, Clock clock) {
		this.repository = repository;
		this.fetcher = fetcher;
		this.views = views;
		this.currentUsers = currentUsers;
		this.events = events;
		this.transactions = transactions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		if (!model.containsAttribute("name")) {
			model.addAttribute("name", "");
			model.addAttribute("url", "");
		}
		model.addAttribute("rows", repository.subscriptions()
			.stream()
			.map(s -> new Row(s, views.format(s.lastFetchedAt(), locale), repository.recentErrors(s.id(), 5),
					repository.recentlyReceived(s.id(), 5)))
			.toList());
		model.addAttribute("views", views);
		return "peringatan/admin-langganan";
	}

	@PostMapping
	String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String url,
			Model model, RedirectAttributes redirect, Locale locale) {
		String cleanName = name.strip();
		String cleanUrl = url.strip();
		String nameError = cleanName.isEmpty() ? "peringatan.error.required"
				: cleanName.length() > 100 ? "peringatan.feed.name-too-long" : null;
		String urlError = urlError(cleanUrl);
		if (nameError != null || urlError != null) {
			model.addAttribute("name", cleanName);
			model.addAttribute("url", cleanUrl);
			model.addAttribute("nameError", nameError);
			model.addAttribute("urlError", urlError);
			return list(model, locale);
		}
		Actor actor = actor();
		transactions.executeWithoutResult(tx -> {
			Instant now = clock.instant();
			long id = repository.register(cleanName, URI.create(cleanUrl), now, actor.username());
			events.publishEvent(new ExternalFeedChanged(id, cleanUrl, "registered", actor, now));
		});
		redirect.addFlashAttribute("flash", messages.getMessage("peringatan.feed.registered", null, locale));
		return "redirect:/admin/peringatan/langganan";
	}

	@PostMapping("/{id}/jeda")
	String pause(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return setActive(id, false, redirect, locale);
	}

	@PostMapping("/{id}/lanjutkan")
	String resume(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return setActive(id, true, redirect, locale);
	}

	@PostMapping("/{id}/ambil")
	String fetchNow(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		repository.subscription(id).orElseThrow(WarningNotFound::new);
		ExternalFeedFetcher.Outcome outcome = fetcher.fetchNow(id);
		redirect.addFlashAttribute("flash", messages.getMessage("peringatan.feed.fetched",
				new Object[] { outcome.received(), outcome.errors() }, locale));
		return "redirect:/admin/peringatan/langganan";
	}

	@ExceptionHandler(WarningNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	private String setActive(long id, boolean active, RedirectAttributes redirect, Locale locale) {
		ExternalRepository.Subscription subscription = repository.subscription(id)
			.orElseThrow(WarningNotFound::new);
		Actor actor = actor();
		transactions.executeWithoutResult(tx -> {
			Instant now = clock.instant();
			repository.setActive(id, active, now);
			events.publishEvent(new ExternalFeedChanged(id, subscription.url(), active ? "resumed" : "paused", actor,
					now));
		});
		redirect.addFlashAttribute("flash",
				messages.getMessage(active ? "peringatan.feed.resumed" : "peringatan.feed.paused", null, locale));
		return "redirect:/admin/peringatan/langganan";
	}

	private String urlError(String url) {
		if (url.isEmpty()) {
			return "peringatan.error.required";
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || url.length() > 500) {
				return "peringatan.feed.url-invalid";
			}
		}
		catch (URISyntaxException ex) {
			return "peringatan.feed.url-invalid";
		}
		return repository.urlTaken(url) ? "peringatan.feed.url-taken" : null;
	}

	private Actor actor() {
		CurrentUser user = currentUsers.require();
		long unitId = user.grantsOf(Role.ADMIN).get(0).unitId();
		return currentUsers.actorFor(Role.ADMIN, unitId);
	}
}
