package no.samtale.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import no.samtale.identity.Role;
import no.samtale.identity.Users;

/**
 * Turns an OIDC login into a Samtale user: found by NAV ident ({@code NAVident} claim), created on first login,
 * name and roles refreshed from the {@code name} and {@code groups} claims every time, so the identity provider
 * stays the source of truth for employees who log in through it.
 */
@Component
class OidcUserProvisioning extends OidcUserService {

	private final UserAccountRepository accounts;

	private final Map<String, Set<Role>> rolesByGroup;

	private final Users users;

	OidcUserProvisioning(UserAccountRepository accounts, OidcProperties properties, Users users) {
		this.accounts = accounts;
		this.rolesByGroup = properties.rolesByGroup();
		this.users = users;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidcUser = super.loadUser(request);
		String ident = oidcUser.getClaimAsString("NAVident");
		if (ident == null || ident.isBlank()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", "No NAVident claim", null));
		}
		String employeeId = ident.trim().toUpperCase();
		String name = oidcUser.getClaimAsString("name");
		Set<Role> roles = rolesFrom(oidcUser.getClaimAsStringList("groups"));
		Optional<UserAccount> existing = accounts.findByEmployeeId(employeeId);
		String nameBefore = existing.map(UserAccount::displayName).orElse(null);
		Set<Role> rolesBefore = existing.map(a -> Set.copyOf(a.roles())).orElse(Set.of());
		UserAccount account = existing
			.orElseGet(() -> UserAccount.create(employeeId.toLowerCase(), employeeId, name == null ? employeeId : name,
					roles));
		if (name != null) {
			account.displayName(name);
		}
		if (oidcUser.getEmail() != null) {
			account.email(oidcUser.getEmail());
		}
		account.grant(roles);
		UserAccount saved = accounts.save(account);
		if (existing.isPresent()
				&& !(saved.displayName().equals(nameBefore) && Set.copyOf(saved.roles()).equals(rolesBefore))) {
			// The identity provider changed the name or the groups: every node drops its cached name and the
			// user's readable spaces, as when an administrator changes them (operations guide, signal identity-user).
			users.changed(saved.id());
		}
		return new SamtaleOidcUser(saved.id(), Authorities.of(saved.roles()), oidcUser.getIdToken(),
				oidcUser.getUserInfo());
	}

	Set<Role> rolesFrom(Collection<String> groups) {
		Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
		for (String group : groups == null ? List.<String>of() : groups) {
			roles.addAll(rolesByGroup.getOrDefault(group, Set.of()));
		}
		return roles;
	}

}
