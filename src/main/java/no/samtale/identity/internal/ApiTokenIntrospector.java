package no.samtale.identity.internal;

import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Lets Spring Security's bearer-token support check our own personal tokens: the user's roles are read on every
 * request, so a revoked role or a disabled account takes effect at once.
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokens tokens;

	private final UserAccountRepository accounts;

	ApiTokenIntrospector(ApiTokens tokens, UserAccountRepository accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		return tokens.authenticate(token)
			.flatMap(accounts::findById)
			.filter(account -> account.enabled() && !account.lockedAt(Instant.now()))
			.map(account -> new TokenPrincipal(account.id(), account.username(), Authorities.of(account.roles())))
			.orElseThrow(() -> new BadOpaqueTokenException("The API token is unknown, expired or revoked"));
	}

}
