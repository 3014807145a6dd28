package org.satukota.permohonan.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public tracking by code ({@code /lacak}): status, service, unit and the dated steps of the history — no names,
 * no NIK, no form values, no reasons (they may describe the person).
 */
@Controller
class TrackingController {

	/** One public history line: when and what. */
	record PublicStep(String when, String action) {
	}

	private final ApplicationRepository repository;

	private final ApplicationViews views;

	TrackingController(ApplicationRepository repository, ApplicationViews views) {
		this.repository = repository;
		this.views = views;
	}

	@GetMapping({ "/lacak", "/lacak/" })
	String track(@RequestParam(required = false) String kode, Model model) {
		model.addAttribute("kode", kode == null ? "" : kode);
		if (kode != null && !kode.isBlank()) {
			String code = TrackingCodes.normalise(kode);
			repository.findByTrackingCode(code).ifPresentOrElse(app -> {
				model.addAttribute("app", app);
				model.addAttribute("unitName", views.unitName(app.unitId()));
				model.addAttribute("submittedAt", views.format(app.submittedAt()));
				List<PublicStep> steps = repository.history(app.id())
					.stream()
					.map(entry -> new PublicStep(views.format(entry.occurredAt()), entry.action()))
					.toList();
				model.addAttribute("steps", steps);
			}, () -> model.addAttribute("notFound", true));
		}
		return "permohonan/lacak";
	}
}
