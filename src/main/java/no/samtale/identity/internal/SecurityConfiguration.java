package no.samtale.identity.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Browsers log in with a session cookie (form or OIDC) and must send the CSRF token; API
 * clients send a personal token as {@code Authorization: Bearer} and need no CSRF token, since a browser never
 * adds that header by itself. Every page address is public (the web shell asks /api/v1/me who is there); every
 * API address needs a login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; font-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	// The privacy scan stores nothing and is called from the citizens' chat as they type.
	private static final String[] CITIZEN_PATHS = { "/api/v1/webchat/**", "/api/v1/privacy/scan" };

	// Platforms call their webhooks without a login; each webhook checks the platform's own signature.
	private static final String WEBHOOK_PATHS = "/webhooks/**";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * Webhooks come first, in a chain of their own: no session, no CSRF token or cookie, no login page. The
	 * platform's signature, checked by each webhook before anything is stored, is their only authentication, and
	 * at thousands of deliveries a second the main chain's work per request (a fresh CSRF token, its cookie) was a
	 * large share of what a delivery cost.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain webhookFilterChain(HttpSecurity http, SecurityProblemHandlers problems) throws Exception {
		http.securityMatcher(WEBHOOK_PATHS)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProblemHandlers problems,
			ApiTokenIntrospector tokens, ObjectProvider<ClientRegistrationRepository> oidcClients,
			OidcUserProvisioning oidcUsers, JsonMapper json, JdbcClient jdbc, ProblemResponses problemResponses)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(HttpMethod.GET, "/api/v1/info").permitAll()
			// Citizens in the web chat have no employee login; their own session cookie (SameSite=Strict) names them.
			.requestMatchers(CITIZEN_PATHS).permitAll()
			.requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
			.requestMatchers("/api/**").authenticated()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/actuator/**").hasRole("ADMIN")
			.anyRequest().permitAll());
		http.csrf(csrf -> csrf.spa()
			.ignoringRequestMatchers(SecurityConfiguration::hasBearerToken)
			.ignoringRequestMatchers(CITIZEN_PATHS));
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
		return http.build();
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
