package no.samtale.identity.internal;

import org.springframework.security.core.userdetails.User;

/** The principal of a password login. */
class LocalUserDetails extends User implements AuthenticatedUser {

	private final long userId;

	LocalUserDetails(UserAccount account, boolean locked) {
		super(account.username(), account.passwordHash(), account.enabled(), true, true, !locked,
				Authorities.of(account.roles()));
		this.userId = account.id();
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
