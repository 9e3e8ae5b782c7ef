package no.samtale.identity.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import no.samtale.identity.CurrentUser;

/** The principal of a request authenticated with a personal API token. */
record TokenPrincipal(long userId, String username, Collection<GrantedAuthority> authorities,
		boolean mustChangePassword, CurrentUser user)
		implements OAuth2AuthenticatedPrincipal, AuthenticatedUser {

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("username", username, "user_id", userId);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public Optional<CurrentUser> currentUser() {
		return Optional.of(user);
	}

	@Override
	public AuthMethod authMethod() {
		return AuthMethod.TOKEN;
	}

}
