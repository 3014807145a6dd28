package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.satukota.shared.PolicyViolation;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

class PolicyViolationHandlerTest {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final PolicyViolationHandler handler = new PolicyViolationHandler(messages);

	PolicyViolationHandlerTest() {
		messages.addMessage("contoh.ditolak", Locale.forLanguageTag("id"), "Unit {0} sudah dinonaktifkan.");
	}

	@Test
	void anApiCallerGetsAProblemDocumentWithTheStableCode() {
		var request = new MockHttpServletRequest("POST", "/api/unit/5/nonaktifkan");

		Object response = handler.handle(new PolicyViolation("contoh.ditolak", "Kecamatan Ilir Barat Dua"), request,
				Locale.forLanguageTag("id"));

		assertThat(response).isInstanceOf(ResponseEntity.class);
		var entity = (ResponseEntity<?>) response;
		assertThat(entity.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		var problem = (ProblemDetail) entity.getBody();
		assertThat(problem.getDetail()).isEqualTo("Unit Kecamatan Ilir Barat Dua sudah dinonaktifkan.");
		assertThat(problem.getProperties()).containsEntry("code", "contoh.ditolak");
	}

	@Test
	void aPersonGetsTheErrorPageWithTheExplanationInTheirLanguage() {
		var request = new MockHttpServletRequest("POST", "/admin/unit/5/nonaktifkan");
		request.addHeader("Accept", "text/html,application/xhtml+xml");

		Object response = handler.handle(new PolicyViolation("contoh.ditolak", "X"), request, Locale.forLanguageTag("id"));

		var page = (ModelAndView) response;
		assertThat(page.getViewName()).isEqualTo("error");
		assertThat(page.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(page.getModel()).containsEntry("explanation", "Unit X sudah dinonaktifkan.");
	}
}
