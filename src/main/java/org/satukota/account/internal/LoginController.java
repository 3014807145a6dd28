package org.satukota.account.internal;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form; Spring Security processes the POST to the same address. */
@Controller
class LoginController {

	@GetMapping("/masuk")
	String login(@RequestParam Map<String, String> params, Model model) {
		// Flags without values (?keluar, ?terdaftar) arrive as empty strings, hence containsKey.
		String error = params.get("error");
		String errorCode = switch (error == null ? "" : error) {
			case "" -> null;
			case "terkunci" -> "account.login.locked";
			case "nonaktif" -> "account.login.disabled";
			default -> "account.login.failed";
		};
		model.addAttribute("errorCode", errorCode);
		model.addAttribute("loggedOut", params.containsKey("keluar"));
		model.addAttribute("registered", params.containsKey("terdaftar"));
		return "account/login";
	}
}
