package org.satukota.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class StaffActionOutcomeTest {

	private static final Locale ID = Locale.forLanguageTag("id");

	private final StaticMessageSource messages = new StaticMessageSource();

	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	StaffActionOutcomeTest() {
		messages.addMessage("uji.selesai", ID, "Tersimpan.");
		messages.addMessage("uji.ditolak", ID, "Tidak dapat: {0}.");
	}

	@Test
	void aDecisionTakenLeavesItsDoneMessageAndReturnsToThePage() {
		String view = StaffActionOutcome.runAndRedirect("/staf/data/12", "uji.selesai", () -> {
		}, redirect, messages, ID);

		assertThat(view).isEqualTo("redirect:/staf/data/12");
		assertThat(redirect.getFlashAttributes().get("flash")).isEqualTo("Tersimpan.");
		assertThat(redirect.getFlashAttributes()).doesNotContainKey("actionError");
	}

	@Test
	void aRefusedDecisionLeavesThePolicysMessageInstead() {
		String view = StaffActionOutcome.runAndRedirect("/staf/unit", "uji.selesai", () -> {
			throw new PolicyViolation("uji.ditolak", "sudah ditutup");
		}, redirect, messages, ID);

		assertThat(view).isEqualTo("redirect:/staf/unit");
		assertThat(redirect.getFlashAttributes().get("actionError")).isEqualTo("Tidak dapat: sudah ditutup.");
		assertThat(redirect.getFlashAttributes()).doesNotContainKey("flash");
	}
}
