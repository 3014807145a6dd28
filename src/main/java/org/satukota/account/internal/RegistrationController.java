package org.satukota.account.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Self-registration of citizens at {@code /daftar}. */
@Controller
class RegistrationController {

	private final Registration registration;

	RegistrationController(Registration registration) {
		this.registration = registration;
	}

	@GetMapping("/daftar")
	String form(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		model.addAttribute("errors", new FormErrors());
		return "account/register";
	}

	@PostMapping("/daftar")
	String register(@ModelAttribute RegistrationForm form, Model model, RedirectAttributes redirect) {
		Registration.Result result = registration.register(form);
		if (!result.succeeded()) {
			model.addAttribute("form", form.withoutPasswords());
			model.addAttribute("errors", result.errors());
			model.addAttribute("warnings", result.warnings());
			return "account/register";
		}
		// Warnings travel in the session-backed flash map, never in the URL.
		redirect.addFlashAttribute("registrationWarnings", result.warnings());
		return "redirect:/masuk?terdaftar";
	}
}
