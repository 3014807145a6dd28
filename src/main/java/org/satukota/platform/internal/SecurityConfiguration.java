package org.satukota.platform.internal;

import java.util.List;
import java.util.function.Function;

import org.satukota.shared.PublicPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open which area: public pages for everybody, {@code /warga} for citizens, {@code /staf} for staff,
 * {@code /admin} for administrators. Finer, unit-scoped checks live in the modules themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self' data: https://*.tile.openstreetmap.org; connect-src 'self'; "
			+ "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private final List<PublicPaths> publicPaths;

	SecurityConfiguration(ObjectProvider<PublicPaths> publicPaths) {
		this.publicPaths = publicPaths.orderedStream().toList();
	}

	/**
	 * Machine endpoints that modules open for standard clients (Open311, CAP, …): no session, no CSRF token, no login
	 * page; the module authenticates the caller itself where the standard requires it.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain machineSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(contributed(PublicPaths::machineEndpoints))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	/**
	 * The JSON API for mobile and other clients: stateless HTTP Basic over TLS, no cookies and therefore no CSRF
	 * token; the public catalogue needs no login. Failures answer with a problem document, never a login page.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/katalog/**", "/api/verifikasi/**")
				.permitAll()
				.requestMatchers(contributed(PublicPaths::api))
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/unit/**", "/daftar", "/masuk", "/error", "/favicon.ico", "/css/**", "/js/**",
					"/img/**", "/webjars/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
					"/layanan", "/layanan/**", "/verifikasi", "/verifikasi/**", "/lacak", "/lacak/**",
					"/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers(contributed(PublicPaths::pages))
			.permitAll()
			.requestMatchers("/warga/**").hasRole("WARGA")
			.requestMatchers("/staf/**").hasRole("STAF")
			.requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/masuk")
				.loginProcessingUrl("/masuk")
				.usernameParameter("username")
				.passwordParameter("password")
				.defaultSuccessUrl("/beranda", true)
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/?keluar").deleteCookies("SESSION",
					"JSESSIONID"))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ExpiredFormHandler()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self)"))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
		return http.build();
	}

	/** The contributed patterns of one kind; a pattern nothing serves when none are contributed (an empty list is refused). */
	private String[] contributed(Function<PublicPaths, List<String>> kind) {
		String[] paths = publicPaths.stream().flatMap(p -> kind.apply(p).stream()).distinct().toArray(String[]::new);
		return paths.length == 0 ? new String[] { "/.satukota-nothing-contributed" } : paths;
	}

	/**
	 * Request metrics already come from the servlet-level observation ({@code http.server.requests}); observing each
	 * security filter, authentication and authorization as well cost about a tenth of the CPU of a form submission.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Delegating encoder: bcrypt today, upgradable to argon2 later without invalidating stored hashes.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
