package no.samtale.identity.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The principal of an OIDC login, carrying the Samtale user it was matched to. */
class SamtaleOidcUser extends DefaultOidcUser implements AuthenticatedUser {

	private final long userId;

	SamtaleOidcUser(long userId, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo, "NAVident");
		this.userId = userId;
	}

	@Override
	public long userId() {
		return userId;
	}

	@Override
	public AuthMethod authMethod() {
		return AuthMethod.OIDC;
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
