package org.satukota.account.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.satukota.account.AccountKind;
import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.Actor;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff accounts and their roles, for administrators ({@code /admin/**} needs ROLE_ADMIN). */
@Controller
@RequestMapping("/admin/staf")
class StaffAdminController {

	/** One row of the staff list or the detail page. */
	record StaffRow(Account account, List<GrantRow> grants, boolean locked) {
	}

	/** A grant with the name of its unit, ready to display. */
	record GrantRow(long id, Role role, long unitId, String unitName) {
	}

	private final AccountRepository accounts;

	private final StaffAdministration administration;

	private final CurrentUsers currentUsers;

	private final Units units;

	private final MessageSource messages;

	private final Clock clock;

	StaffAdminController(AccountRepository accounts, StaffAdministration administration, CurrentUsers currentUsers,
			Units units, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.administration = administration;
		this.currentUsers = currentUsers;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		Map<Long, List<Grant>> grants = accounts.allActiveGrants()
			.stream()
			.collect(Collectors.groupingBy(Grant::accountId));
		List<StaffRow> rows = accounts.staff()
			.stream()
			.map(account -> row(account, grants.getOrDefault(account.id(), List.of())))
			.toList();
		model.addAttribute("staff", rows);
		return "account/staff-list";
	}

	@GetMapping("/baru")
	String newForm(Model model) {
		return form(model, StaffForm.empty(), new FormErrors());
	}

	@PostMapping
	String create(@ModelAttribute StaffForm form, Model model, RedirectAttributes redirect) {
		Actor actor = form.unitId() != null ? currentUsers.actorFor(Role.ADMIN, form.unitId()) : adminActor();
		StaffAdministration.Result result = administration.create(form, actor);
		if (!result.succeeded()) {
			return form(model, form.withoutPasswords(), result.errors());
		}
		redirect.addFlashAttribute("flash", message("account.staff.created"));
		return "redirect:/admin/staf/" + result.accountId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Account account = staffAccount(id);
		model.addAttribute("row", row(account, accounts.activeGrants(id)));
		model.addAttribute("roles", Role.values());
		model.addAttribute("unitGroups", unitGroups());
		return "account/staff-detail";
	}

	@PostMapping("/{id}/peran")
	String grant(@PathVariable long id, @RequestParam(required = false) String role,
			@RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
		staffAccount(id);
		var parsed = StaffAdministration.parseRole(role);
		if (parsed.isEmpty() || unitId == null) {
			return fail(id, "account.role-and-unit-required", redirect);
		}
		return act(id, redirect, "account.staff.granted",
				() -> administration.grant(id, parsed.get(), unitId, currentUsers.actorFor(Role.ADMIN, unitId)));
	}

	@PostMapping("/{id}/peran/{grantId}/cabut")
	String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
		staffAccount(id);
		return act(id, redirect, "account.staff.revoked", () -> administration.revoke(id, grantId, adminActor()));
	}

	@PostMapping("/{id}/nonaktifkan")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		staffAccount(id);
		return act(id, redirect, "account.staff.disabled", () -> administration.disable(id, adminActor()));
	}

	@PostMapping("/{id}/aktifkan")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		staffAccount(id);
		return act(id, redirect, "account.staff.enabled", () -> administration.enable(id, adminActor()));
	}

	@PostMapping("/{id}/buka-kunci")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		staffAccount(id);
		return act(id, redirect, "account.staff.unlocked", () -> administration.unlock(id, adminActor()));
	}

	private String act(long id, RedirectAttributes redirect, String successCode, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", message(successCode));
		}
		catch (PolicyViolation violation) {
			return fail(id, violation.code(), redirect);
		}
		return "redirect:/admin/staf/" + id;
	}

	private String fail(long id, String code, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", message(code));
		return "redirect:/admin/staf/" + id;
	}

	// Account-wide changes (disable, unlock, revoke) are taken as admin of the whole city.
	private Actor adminActor() {
		return currentUsers.actorFor(Role.ADMIN, units.city().id());
	}

	private String form(Model model, StaffForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("unitGroups", unitGroups());
		return "account/staff-form";
	}

	private Account staffAccount(long id) {
		return accounts.findById(id)
			.filter(account -> account.kind() == AccountKind.STAFF)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private StaffRow row(Account account, List<Grant> grants) {
		List<GrantRow> rows = new ArrayList<>();
		for (Grant grant : grants) {
			String unitName = units.find(grant.unitId()).map(UnitView::name).orElse("#" + grant.unitId());
			rows.add(new GrantRow(grant.id(), grant.role(), grant.unitId(), unitName));
		}
		return new StaffRow(account, rows, account.isLockedAt(clock.instant()));
	}

	/** Active units grouped by type (city, OPD, kecamatan, kelurahan, desa) for a grouped {@code <select>}. */
	private Map<UnitType, List<UnitView>> unitGroups() {
		Map<UnitType, List<UnitView>> groups = new EnumMap<>(UnitType.class);
		for (UnitView unit : units.activeUnits()) {
			groups.computeIfAbsent(unit.type(), type -> new ArrayList<>()).add(unit);
		}
		return new LinkedHashMap<>(groups);
	}

	private String message(String code) {
		return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}
}
