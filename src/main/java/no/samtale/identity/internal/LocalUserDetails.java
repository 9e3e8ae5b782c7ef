package no.samtale.identity.internal;

import org.springframework.security.core.userdetails.User;

/**
 * The principal of a password login. Spring Security is told the account is enabled and unlocked, so that it always
 * checks the password first; whether the account may log in is asked after that ({@link #mayLogIn()}), and a
 * refusal then looks and takes as long as a wrong password.
 */
class LocalUserDetails extends User implements AuthenticatedUser {

	private final long userId;

	private final boolean mayLogIn;

	LocalUserDetails(UserAccount account, boolean locked) {
		super(account.username(), account.passwordHash(), true, true, true, true, Authorities.of(account.roles()));
		this.userId = account.id();
		this.mayLogIn = account.enabled() && !locked;
	}

	/** Enabled and not locked by failed logins. */
	boolean mayLogIn() {
		return mayLogIn;
	}

	@Override
	public long userId() {
		return userId;
	}

	@Override
	public AuthMethod authMethod() {
		return AuthMethod.PASSWORD;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
