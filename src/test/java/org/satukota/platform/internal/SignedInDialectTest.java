package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.expression.IExpressionObjectFactory;

class SignedInDialectTest {

	private final IExpressionObjectFactory factory = new SignedInDialect().getExpressionObjectFactory();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aVisitorWhoSignedInIsSignedIn() {
		signIn(UsernamePasswordAuthenticationToken.authenticated("siti", null,
				AuthorityUtils.createAuthorityList("ROLE_WARGA")));
		assertThat(signedIn()).isEqualTo(true);
	}

	@Test
	void anAnonymousVisitorANotYetAuthenticatedLoginAndNoAuthenticationAreNotSignedIn() {
		signIn(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(signedIn()).isEqualTo(false);
		signIn(UsernamePasswordAuthenticationToken.unauthenticated("siti", "rahasia"));
		assertThat(signedIn()).isEqualTo(false);
		SecurityContextHolder.clearContext();
		assertThat(signedIn()).isEqualTo(false);
	}

	@Test
	void theAnswerIsOfferedAsTheSignedInExpressionObjectOnly() {
		assertThat(factory.getAllExpressionObjectNames()).containsExactlyElementsOf(List.of("signedIn"));
		assertThat(factory.isCacheable("signedIn")).isTrue();
	}

	private static void signIn(Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

	private Object signedIn() {
		return factory.buildObject(null, "signedIn");
	}
}
