package org.satukota.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The post-redirect-get step of a staff page's decision: run it, leave its outcome for the page that follows (the
 * {@code flash} message when done, {@code actionError} with the policy's message when refused), and redirect there.
 */
public final class StaffActionOutcome {

	private StaffActionOutcome() {
	}

	/**
	 * @param target the page to return to, e.g. {@code /staf/data/12}
	 * @param doneKey the message key shown when the decision was taken
	 * @return the redirect view name for {@code target}
	 */
	public static String runAndRedirect(String target, String doneKey, Runnable decision, RedirectAttributes redirect,
			MessageSource messages, Locale locale) {
		try {
			decision.run();
			redirect.addFlashAttribute("flash", messages.getMessage(doneKey, null, doneKey, locale));
		}
		catch (PolicyViolation refused) {
			redirect.addFlashAttribute("actionError",
					messages.getMessage(refused.code(), refused.args(), refused.code(), locale));
		}
		return "redirect:" + target;
	}
}
