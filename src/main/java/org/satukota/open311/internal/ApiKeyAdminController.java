package org.satukota.open311.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/open311}: issuing and revoking the API keys of Open311 clients (the area is restricted to ROLE_ADMIN).
 * A new key is shown once, on the answer to the form, and never again.
 */
@Controller
@RequestMapping("/admin/open311")
class ApiKeyAdminController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH.mm");

	private final ApiKeys keys;

	private final Units units;

	private final MessageSource messages;

	ApiKeyAdminController(ApiKeys keys, Units units, MessageSource messages) {
		this.keys = keys;
		this.units = units;
		this.messages = messages;
	}

	/** A line of the list, with times already in the city's zone. */
	record Row(long id, String name, String description, String keyPrefix, boolean active, String createdAt,
			String createdBy, String revokedAt, String revokedBy, String revokedReason, String lastUsedAt) {
	}

	@GetMapping
	String list(Model model) {
		return page(model, "", "");
	}

	@PostMapping
	String create(@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "description", required = false) String description, Model model,
			Authentication authentication, HttpServletResponse response, Locale locale) {
		ApiKeys.CreatedKey created;
		try {
			created = keys.create(name, description, actor(authentication));
		}
		catch (PolicyViolation refused) {
			String explanation = messages.getMessage(refused.code(), refused.args(), refused.code(), locale);
			if (refused.code().equals("open311.key.description-too-long")) {
				model.addAttribute("descriptionError", explanation);
			}
			else {
				model.addAttribute("nameError", explanation);
			}
			return page(model, name, description);
		}
		// The key is in this answer only: nothing may keep a copy of it.
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("created", created);
		return "open311/key-created";
	}

	@PostMapping("/{id}/cabut")
	String revoke(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
			Model model, Authentication authentication, RedirectAttributes redirect, Locale locale) {
		ApiKeys.KeyRow key = keys.find(id).orElseThrow(() -> new KeyNotFound(id));
		try {
			keys.revoke(id, reason, actor(authentication));
		}
		catch (PolicyViolation refused) {
			model.addAttribute("revokeError",
					messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
			return page(model, "", "");
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("open311.admin.flash.revoked", new Object[] { key.name() }, locale));
		return "redirect:/admin/open311";
	}

	private String page(Model model, String name, String description) {
		model.addAttribute("rows", keys.all().stream().map(this::row).toList());
		model.addAttribute("name", name);
		model.addAttribute("description", description);
		return "open311/admin-keys";
	}

	private Row row(ApiKeys.KeyRow key) {
		return new Row(key.id(), key.name(), key.description(), key.keyPrefix(), key.active(), when(key.createdAt()),
				key.createdBy(), when(key.revokedAt()), key.revokedBy(), key.revokedReason(), when(key.lastUsedAt()));
	}

	private String when(Instant instant) {
		return instant == null ? null : WHEN.format(instant.atZone(units.cityProfile().zone()));
	}

	private Actor actor(Authentication authentication) {
		return new Actor(authentication.getName(), "ADMIN", units.city().id());
	}
}
