package no.samtale.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

import no.samtale.platform.ProblemResponses;
import no.samtale.platform.PublicPaths;
import no.samtale.platform.RateLimits;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Browsers log in with a session cookie (form or OIDC) and must send the CSRF token; API
 * clients send a personal token as {@code Authorization: Bearer} and need no CSRF token, since a browser never
 * adds that header by itself. Every page address is public (the web shell asks /api/v1/me who is there); every
 * API address needs a login, except the public paths the modules declare ({@link PublicPaths}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; font-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	// Sent to every page and API answer: other sites learn at most our origin from a link.
	private static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

	/**
	 * No observations from Spring Security at all. The property {@code management.observations.enable.spring.security}
	 * only turns them into no-ops: the filter chain was still wrapped, each of its filters in an observing wrapper
	 * made anew per request, which was the largest part of the web stack's own cost on a cheap page (flight recording
	 * of similar questions on the demo, 6 Dec). Requests are still timed as a whole (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * Password logins check the password before anything else, also for an unknown user (against a dummy hash), a
	 * locked or a disabled account, and refuse all of these as a wrong password: the same status, type and time.
	 */
	@Bean
	AuthenticationProvider passwordLogins(LocalUserDetailsService users, PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		provider.setPostAuthenticationChecks(user -> {
			if (!(user instanceof LocalUserDetails local) || !local.mayLogIn()) {
				throw new BadCredentialsException("Bad credentials");
			}
		});
		return provider;
	}

	/**
	 * The modules' sessionless public paths (webhooks, the citizens' web chat) come first, in a chain of their own: no
	 * session, no CSRF token or cookie, no login page. A webhook's signature, checked before anything is stored, is its
	 * only authentication; a citizen's chat cookie names their chat. At thousands of webhook deliveries a second the
	 * main chain's work per request (a fresh CSRF token, its cookie) was a large share of what a delivery cost.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain sessionlessFilterChain(HttpSecurity http, SecurityProblemHandlers problems,
			List<PublicPaths> publicPaths) throws Exception {
		http.securityMatcher(patterns(publicPaths, true))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		http.headers(SecurityConfiguration::edgeHeaders);
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProblemHandlers problems,
			ApiTokenIntrospector tokens, ObjectProvider<ClientRegistrationRepository> oidcClients,
			OidcUserProvisioning oidcUsers, JsonMapper json, JdbcClient jdbc, ProblemResponses problemResponses,
			List<PublicPaths> publicPaths, RateLimits limits) throws Exception {
		// Each module declares the paths it serves to anyone (the scan, service info, health).
		String[] open = patterns(publicPaths, false);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(open).permitAll()
			.requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
			.requestMatchers("/api/**").authenticated()
			.requestMatchers("/actuator/**").hasRole("ADMIN")
			.anyRequest().permitAll());
		http.csrf(csrf -> csrf.spa()
			.ignoringRequestMatchers(SecurityConfiguration::hasBearerToken)
			.ignoringRequestMatchers(open));
		// An anonymous API call must not leave a session behind (one per call, kept for hours): no request is saved
		// for after a login (the web shell decides where to go), and a session is made only by a login.
		http.requestCache(cache -> cache.disable());
		http.addFilterBefore(new LoginThrottle(limits, problemResponses), UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
		http.addFilterBefore(new AccountStateFilter(jdbc, problemResponses), AuthorizationFilter.class);
		http.formLogin(form -> form.loginPage("/login")
			.loginProcessingUrl("/login")
			.successHandler((request, response, authentication) -> writeJson(json, response,
					Map.of("username", authentication.getName())))
			.failureHandler(problems)
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/logout")
			.deleteCookies("SAMTALE_SESSION")
			.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)));
		http.oauth2ResourceServer(server -> server.opaqueToken(opaque -> opaque.introspector(tokens))
			.authenticationEntryPoint(problems)
			.accessDeniedHandler(problems));
		http.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
				.defaultSuccessUrl("/", true)
				.failureUrl("/login?error=oidc"));
		}
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		http.headers(SecurityConfiguration::edgeHeaders);
		return http.build();
	}

	/**
	 * Headers every chain adds to what Spring Security sends anyway. HSTS is Spring Security's default and is sent on
	 * secure requests only: behind a TLS proxy that is when forwarded headers are trusted
	 * ({@code server.forward-headers-strategy}) and the proxy says {@code X-Forwarded-Proto: https}.
	 */
	static void edgeHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY));
	}

	static String[] patterns(List<PublicPaths> publicPaths, boolean sessionless) {
		return publicPaths.stream()
			.filter(paths -> paths.sessionless() == sessionless)
			.flatMap(paths -> paths.patterns().stream())
			.toArray(String[]::new);
	}

	private static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	private static void writeJson(JsonMapper json, HttpServletResponse response, Object body) throws IOException {
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}

	/**
	 * Spring Security creates the CSRF token lazily; touching it on every request makes sure the XSRF-TOKEN cookie
	 * exists before the web shell's first POST (the login itself).
	 */
	static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

}
