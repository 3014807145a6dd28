package org.satukota.kendali.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.shared.PolicyViolation;
import org.satukota.shared.StaffActionOutcome;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages of the command center: field units per agency, incident types, CCTV cameras. */
@Controller
@RequestMapping("/admin/kendali")
class CommandCenterAdminController {

	private final Registry registry;

	private final KendaliRepository repository;

	private final KendaliViews views;

	private final KendaliAccess access;

	private final Units units;

	private final MessageSource messages;

	CommandCenterAdminController(Registry registry, KendaliRepository repository, KendaliViews views, KendaliAccess access,
			Units units, MessageSource messages) {
		this.registry = registry;
		this.repository = repository;
		this.views = views;
		this.access = access;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping
	String index() {
		return "kendali/admin-index";
	}

	// ---- field units

	@GetMapping("/armada")
	String units(Model model) {
		return unitsPage(model, Map.of(), Map.of());
	}

	private String unitsPage(Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("units", repository.fieldUnits(false));
		model.addAttribute("agencies", views.agencies());
		model.addAttribute("kinds", FieldUnitKind.values());
		model.addAttribute("views", views);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "kendali/admin-armada";
	}

	@PostMapping("/armada")
	String registerUnit(@RequestParam(defaultValue = "") String instansi, @RequestParam(defaultValue = "") String kode,
			@RequestParam(defaultValue = "") String nama, @RequestParam(defaultValue = "") String jenis, Model model,
			RedirectAttributes redirect, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long agencyId = CallForm.parseLong(instansi);
		if (agencyId == null || units.find(agencyId).filter(u -> u.active() && u.type() == UnitType.OPD).isEmpty()) {
			errors.put("instansi", msg("kendali.error.instansi", locale));
		}
		String sign = kode.strip();
		if (!sign.matches("[A-Za-z0-9-]{2,20}")) {
			errors.put("kode", msg("kendali.error.kode", locale));
		}
		if (nama.isBlank() || nama.length() > 120) {
			errors.put("nama", msg("kendali.error.nama", locale));
		}
		FieldUnitKind kind = CallForm.parse(FieldUnitKind.class, jenis);
		if (kind == null) {
			errors.put("jenis", msg("kendali.error.jenis-armada", locale));
		}
		if (errors.isEmpty()) {
			try {
				registry.registerUnit(agencyId, sign.toUpperCase(Locale.ROOT), nama.strip(), kind, access.admin());
				redirect.addFlashAttribute("flash", msg("kendali.done.unit-registered", locale));
				return "redirect:/admin/kendali/armada";
			}
			catch (PolicyViolation refused) {
				errors.put("kode", messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
			}
		}
		model.addAttribute("formError", true);
		return unitsPage(model, Map.of("instansi", instansi, "kode", kode, "nama", nama, "jenis", jenis), errors);
	}

	@PostMapping("/armada/{id}/pensiun")
	String retireUnit(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return act("/admin/kendali/armada", redirect, locale, "kendali.done.unit-retired",
				() -> registry.retireUnit(id, access.admin()));
	}

	// ---- incident types

	@GetMapping("/jenis")
	String types(@RequestParam(required = false) String ubah, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		if (ubah != null) {
			repository.currentType(ubah).ifPresent(t -> {
				form.put("kode", t.code());
				form.put("induk", t.parentCode() == null ? "" : t.parentCode());
				form.put("nama", t.name());
				form.put("target", t.responseTargetSeconds() == null ? "" : String.valueOf(t.responseTargetSeconds() / 60));
				form.put("instansi", String.join(",", t.defaultAgencies()));
				form.put("urutan", String.valueOf(t.sortOrder()));
				form.put("aktif", String.valueOf(t.active()));
			});
		}
		return typesPage(model, form, Map.of());
	}

	private String typesPage(Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("types", views.typeTree(false));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "kendali/admin-jenis";
	}

	@PostMapping("/jenis")
	String saveType(@RequestParam(defaultValue = "") String kode, @RequestParam(defaultValue = "") String induk,
			@RequestParam(defaultValue = "") String nama, @RequestParam(defaultValue = "") String target,
			@RequestParam(defaultValue = "") String instansi, @RequestParam(defaultValue = "0") String urutan,
			@RequestParam(defaultValue = "false") boolean aktif, @RequestParam(defaultValue = "") String alasan,
			Model model, RedirectAttributes redirect, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		String code = kode.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z0-9_]{2,40}")) {
			errors.put("kode", msg("kendali.error.kode-jenis", locale));
		}
		if (nama.isBlank() || nama.length() > 120) {
			errors.put("nama", msg("kendali.error.nama", locale));
		}
		Integer targetSeconds = null;
		if (!target.isBlank()) {
			Long minutes = CallForm.parseLong(target);
			if (minutes == null || minutes < 1 || minutes > 1440) {
				errors.put("target", msg("kendali.error.target", locale));
			}
			else {
				targetSeconds = (int) (minutes * 60);
			}
		}
		List<String> agencies = Arrays.stream(instansi.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT))
			.filter(s -> !s.isEmpty()).toList();
		if (agencies.stream().anyMatch(c -> units.findByCode(c).filter(u -> u.type() == UnitType.OPD).isEmpty())) {
			errors.put("instansi", msg("kendali.error.instansi-kode", locale));
		}
		Long order = CallForm.parseLong(urutan);
		if (order == null || order < 0 || order > 9999) {
			errors.put("urutan", msg("kendali.error.urutan", locale));
		}
		Map<String, String> form = Map.of("kode", kode, "induk", induk, "nama", nama, "target", target, "instansi",
				instansi, "urutan", urutan, "aktif", String.valueOf(aktif), "alasan", alasan);
		if (errors.isEmpty()) {
			try {
				registry.saveType(code, induk.isBlank() ? null : induk.strip(), nama.strip(), targetSeconds, agencies,
						order.intValue(), aktif, alasan, access.admin());
				redirect.addFlashAttribute("flash", msg("kendali.done.type-saved", locale));
				return "redirect:/admin/kendali/jenis";
			}
			catch (PolicyViolation refused) {
				errors.put(refused.code().equals("kendali.reason-required") ? "alasan" : "induk",
						messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
			}
		}
		model.addAttribute("formError", true);
		return typesPage(model, form, errors);
	}

	// ---- CCTV

	@GetMapping("/cctv")
	String cctv(Model model) {
		return cctvPage(model, Map.of(), Map.of());
	}

	private String cctvPage(Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("cctvs", repository.cctvs(false));
		model.addAttribute("agencies", views.agencies());
		model.addAttribute("views", views);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "kendali/admin-cctv";
	}

	@PostMapping("/cctv")
	String registerCctv(@RequestParam(defaultValue = "") String nama, @RequestParam(defaultValue = "") String lintang,
			@RequestParam(defaultValue = "") String bujur, @RequestParam(defaultValue = "") String lokasi,
			@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String instansi, Model model,
			RedirectAttributes redirect, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (nama.isBlank() || nama.length() > 120) {
			errors.put("nama", msg("kendali.error.nama", locale));
		}
		Double lat = CallForm.parseDouble(lintang);
		Double lon = CallForm.parseDouble(bujur);
		if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
			errors.put("lintang", msg("kendali.error.titik", locale));
		}
		if (!validUrl(url.strip())) {
			errors.put("url", msg("kendali.error.url", locale));
		}
		Long agencyId = CallForm.parseLong(instansi);
		if (!instansi.isBlank() && (agencyId == null || units.find(agencyId).map(UnitView::active).orElse(false) == false)) {
			errors.put("instansi", msg("kendali.error.instansi", locale));
		}
		if (errors.isEmpty()) {
			registry.registerCctv(nama.strip(), lat, lon, lokasi.isBlank() ? null : lokasi.strip(), url.strip(), agencyId,
					access.admin());
			redirect.addFlashAttribute("flash", msg("kendali.done.cctv-registered", locale));
			return "redirect:/admin/kendali/cctv";
		}
		model.addAttribute("formError", true);
		return cctvPage(model, Map.of("nama", nama, "lintang", lintang, "bujur", bujur, "lokasi", lokasi, "url", url,
				"instansi", instansi), errors);
	}

	@PostMapping("/cctv/{id}/pensiun")
	String retireCctv(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return act("/admin/kendali/cctv", redirect, locale, "kendali.done.cctv-retired",
				() -> registry.retireCctv(id, access.admin()));
	}

	static boolean validUrl(String url) {
		try {
			URI uri = URI.create(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& url.length() <= 500;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private String act(String target, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		return StaffActionOutcome.runAndRedirect(target, doneKey, action, redirect, messages, locale);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
