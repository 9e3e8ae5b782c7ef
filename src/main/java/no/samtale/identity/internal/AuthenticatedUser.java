package no.samtale.identity.internal;

/**
 * What every kind of login (password session, OIDC session, API token) leaves as its principal, so the rest of
 * the platform never needs to know how someone logged in.
 */
public interface AuthenticatedUser {

	long userId();

	AuthMethod authMethod();

	enum AuthMethod {
		PASSWORD, OIDC, TOKEN
	}

}
