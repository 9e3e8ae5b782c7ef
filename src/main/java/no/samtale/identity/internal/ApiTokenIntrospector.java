package no.samtale.identity.internal;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Lets Spring Security's bearer-token support check our own personal tokens. Token, account state and roles are
 * read in one query and remembered for seconds ({@link ApiTokens}); a revoked token, a changed role or a disabled
 * account is forgotten on every node as it commits, so it takes effect at once.
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokens tokens;

	ApiTokenIntrospector(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		// A lockout after failed password logins does not stop tokens: anyone can fail five logins, and an integration
		// must not be kept dead by it.
		return tokens.authenticate(token)
			.filter(owner -> owner.enabled())
			.map(owner -> new TokenPrincipal(owner.userId(), owner.username(), Authorities.of(owner.roles()),
					owner.mustChangePassword(), owner.toCurrentUser()))
			.orElseThrow(() -> new BadOpaqueTokenException("The API token is unknown, expired or revoked"));
	}

}
