package org.satukota.survei.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.layanan.IssuerKind;
import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.satukota.survei.internal.AnswerForm.Parsed;
import org.satukota.survei.internal.QuestionSets.QuestionSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The kiosk page of a unit for walk-in visitors: choose the service, answer, see the thank-you screen, which returns
 * to an empty form for the next visitor. Guarded by the CSRF token and {@link KioskGuard}.
 */
@Controller
class KioskController {

	/** The kiosk's choice for services not in the catalogue. */
	static final String OTHER_SERVICE = "lainnya";

	private final Units units;

	private final ServiceCatalog catalog;

	private final QuestionSets questionSets;

	private final Responses responses;

	private final MessageSource messages;

	private final Clock clock;

	KioskController(Units units, ServiceCatalog catalog, QuestionSets questionSets, Responses responses,
			MessageSource messages, Clock clock) {
		this.units = units;
		this.catalog = catalog;
		this.questionSets = questionSets;
		this.responses = responses;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/ikm/kios/{unitId}")
	String show(@PathVariable String unitId, Model model) {
		UnitView unit = unit(unitId);
		return form(model, unit, questionSets.current(), Map.of(), Map.of(), false);
	}

	@PostMapping("/ikm/kios/{unitId}")
	String answer(@PathVariable String unitId, @RequestParam Map<String, String> params, HttpSession session,
			Model model, HttpServletResponse response) {
		UnitView unit = unit(unitId);
		QuestionSet set = SurveyForms.answeredSet(questionSets, params);
		Parsed parsed = AnswerForm.parse(set, params);
		Map<String, String> problems = new LinkedHashMap<>(parsed.problems());
		Map<String, String> values = new LinkedHashMap<>(parsed.values());
		String serviceKey = params.getOrDefault("layanan", "").strip();
		values.put("layanan", serviceKey);
		Map<String, String> services = services(unit);
		if (!services.containsKey(serviceKey)) {
			problems.put("layanan", "survei.kios.pilih-layanan");
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, unit, set, values, problems, false);
		}
		@SuppressWarnings("unchecked")
		List<Long> history = (List<Long>) session.getAttribute(KioskGuard.SESSION_KEY);
		ArrayList<Long> admitted = KioskGuard.admit(history, clock.instant());
		if (admitted == null) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return form(model, unit, set, values, problems, true);
		}
		responses.answerAtKiosk(unit.id(), serviceKey, services.get(serviceKey), parsed);
		session.setAttribute(KioskGuard.SESSION_KEY, admitted);
		return "redirect:/ikm/kios/" + unit.id() + "/terima-kasih";
	}

	@GetMapping("/ikm/kios/{unitId}/terima-kasih")
	String thanks(@PathVariable String unitId, Model model) {
		model.addAttribute("unit", unit(unitId));
		return "survei/kios-terima-kasih";
	}

	@ExceptionHandler(Responses.NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	/** The services a visitor of this unit may have come for: those it issues, plus "another service". */
	Map<String, String> services(UnitView unit) {
		Map<String, String> services = new LinkedHashMap<>();
		for (ServiceVersion service : catalog.published()) {
			if (issuedBy(service, unit)) {
				services.put(service.code(), service.name());
			}
		}
		services.put(OTHER_SERVICE, messages.getMessage("survei.kios.layanan-lainnya", null, "Layanan lainnya",
				LocaleContextHolder.getLocale()));
		return services;
	}

	private static boolean issuedBy(ServiceVersion service, UnitView unit) {
		return switch (unit.type()) {
			case OPD -> service.issuerKind() == IssuerKind.OPD && unit.code().equalsIgnoreCase(service.issuerOpdCode());
			case KECAMATAN -> service.issuerKind() == IssuerKind.KECAMATAN;
			case KELURAHAN, DESA -> service.issuerKind() == IssuerKind.KELURAHAN;
			case KOTA -> false;
		};
	}

	private UnitView unit(String raw) {
		if (!raw.matches("\\d{1,18}")) {
			throw new Responses.NotFound();
		}
		return units.find(Long.parseLong(raw))
			.filter(UnitView::active)
			.filter(u -> u.type() != UnitType.KOTA)
			.orElseThrow(Responses.NotFound::new);
	}

	private String form(Model model, UnitView unit, QuestionSet set, Map<String, String> values,
			Map<String, String> problems, boolean tooFast) {
		model.addAttribute("unit", unit);
		model.addAttribute("services", services(unit));
		model.addAttribute("tooFast", tooFast);
		SurveyForms.addForm(model, set, values, problems);
		return "survei/kios";
	}
}
