package no.samtale.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Prometheus metrics name every API path with its counts and timings, the pools and the JVM: not for anyone. They
 * are served to an admin (session or personal token), to a scraper sending {@code Authorization: Bearer
 * <SAMTALE_METRICS_TOKEN>}, and to anyone on the management port when {@code MANAGEMENT_SERVER_PORT} puts the
 * actuator on a port of its own (which the network then keeps private).
 */
@Configuration(proxyBeanMethods = false)
class MetricsAccess {

	static final String SCRAPER_ROLE = "METRICS_SCRAPER";

	@Bean
	@Order(2)
	SecurityFilterChain metricsFilterChain(HttpSecurity http, Environment environment, ApiTokenIntrospector tokens,
			SecurityProblemHandlers problems) throws Exception {
		String metricsToken = environment.getProperty("samtale.metrics-token", "");
		Integer managementPort = environment.getProperty("management.server.port", Integer.class);
		Integer serverPort = environment.getProperty("server.port", Integer.class);
		RequestMatcher onManagementPort = request -> managementPort != null && !managementPort.equals(serverPort)
				&& managementPort > 0 && request.getLocalPort() == managementPort;
		http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(onManagementPort)
				.permitAll()
				.anyRequest()
				.hasAnyRole("ADMIN", SCRAPER_ROLE))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.oauth2ResourceServer(server -> server.opaqueToken(opaque -> opaque.introspector(scraperOr(metricsToken, tokens)))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		http.headers(SecurityConfiguration::edgeHeaders);
		return http.build();
	}

	/** The scraper's token, compared in constant time, or else a personal token. */
	static OpaqueTokenIntrospector scraperOr(String metricsToken, OpaqueTokenIntrospector personalTokens) {
		byte[] expected = metricsToken.getBytes(StandardCharsets.UTF_8);
		return token -> {
			if (expected.length > 0 && MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))) {
				OAuth2AuthenticatedPrincipal scraper = new DefaultOAuth2AuthenticatedPrincipal("metrics-scraper",
						java.util.Map.of("sub", "metrics-scraper"),
						List.of(new SimpleGrantedAuthority("ROLE_" + SCRAPER_ROLE)));
				return scraper;
			}
			return personalTokens.introspect(token);
		};
	}

}
