package org.satukota.account.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form; Spring Security processes the POST to the same address. */
@Controller
class LoginController {

	@GetMapping("/masuk")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String keluar,
			@RequestParam(required = false) String terdaftar, Model model) {
		String errorCode = switch (error == null ? "" : error) {
			case "" -> null;
			case "terkunci" -> "account.login.locked";
			case "nonaktif" -> "account.login.disabled";
			default -> "account.login.failed";
		};
		model.addAttribute("errorCode", errorCode);
		model.addAttribute("loggedOut", keluar != null);
		model.addAttribute("registered", terdaftar != null);
		return "account/login";
	}
}
