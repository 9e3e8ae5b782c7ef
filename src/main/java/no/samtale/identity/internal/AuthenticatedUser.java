package no.samtale.identity.internal;

import java.util.Optional;

import no.samtale.identity.CurrentUser;

/**
 * What every kind of login (password session, OIDC session, API token) leaves as its principal, so the rest of
 * the platform never needs to know how someone logged in.
 */
public interface AuthenticatedUser {

	long userId();

	AuthMethod authMethod();

	/** The caller as read together with the credentials in this same request, when that was already done. */
	default Optional<CurrentUser> currentUser() {
		return Optional.empty();
	}

	enum AuthMethod {
		PASSWORD, OIDC, TOKEN
	}

}
