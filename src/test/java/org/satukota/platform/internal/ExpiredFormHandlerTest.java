package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

class ExpiredFormHandlerTest {

	private final ExpiredFormHandler handler = new ExpiredFormHandler();

	@Test
	void aFormWithAStaleOrMissingTokenIsMarkedExpiredAndStillRefusedWith403() throws Exception {
		MockHttpServletRequest stale = new MockHttpServletRequest("POST", "/warga/pengaduan/ADU-2026-000001/balas");
		MockHttpServletResponse staleResponse = new MockHttpServletResponse();
		handler.handle(stale, staleResponse,
				new InvalidCsrfTokenException(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "baru"), "usang"));
		assertThat(stale.getAttribute(ExpiredFormHandler.FORM_EXPIRED)).isEqualTo(Boolean.TRUE);
		assertThat(staleResponse.getStatus()).isEqualTo(403);

		MockHttpServletRequest missing = new MockHttpServletRequest("POST", "/warga/pengaduan/baru");
		handler.handle(missing, new MockHttpServletResponse(), new MissingCsrfTokenException("usang"));
		assertThat(missing.getAttribute(ExpiredFormHandler.FORM_EXPIRED)).isEqualTo(Boolean.TRUE);
	}

	@Test
	void aPageThePersonMayNotOpenIsNotCalledAnExpiredForm() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin");
		MockHttpServletResponse response = new MockHttpServletResponse();
		handler.handle(request, response, new AccessDeniedException("admins only"));
		assertThat(request.getAttribute(ExpiredFormHandler.FORM_EXPIRED)).isNull();
		assertThat(response.getStatus()).isEqualTo(403);
	}
}
