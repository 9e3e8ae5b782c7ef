package no.samtale.identity.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import no.samtale.identity.Role;

/**
 * Employee login through an OpenID Connect provider such as Entra ID.
 *
 * @param issuerUri the provider's issuer (SAMTALE_OIDC_ISSUER_URI); OIDC is off when empty
 * @param clientId SAMTALE_OIDC_CLIENT_ID
 * @param clientSecret SAMTALE_OIDC_CLIENT_SECRET
 * @param groupRoles SAMTALE_OIDC_GROUP_ROLES: which groups in the {@code groups} claim give which role, written
 * {@code ADVISOR=<group id>,<group id>;ADMIN=<group id>}. One string, because group ids (UUIDs) do not survive
 * Spring's environment-variable name mapping as map keys.
 */
@ConfigurationProperties("samtale.oidc")
record OidcProperties(String issuerUri, String clientId, String clientSecret, String groupRoles) {

	/** Group id to the roles it gives; an unknown role name fails the start, not the first login. */
	Map<String, Set<Role>> rolesByGroup() {
		Map<String, Set<Role>> byGroup = new HashMap<>();
		if (groupRoles == null || groupRoles.isBlank()) {
			return byGroup;
		}
		for (String entry : groupRoles.split(";")) {
			String[] roleAndGroups = entry.split("=", 2);
			if (roleAndGroups.length != 2) {
				throw new IllegalArgumentException("SAMTALE_OIDC_GROUP_ROLES: expected ROLE=group,group but got '" + entry + "'");
			}
			Role role = Role.valueOf(roleAndGroups[0].trim().toUpperCase());
			for (String group : roleAndGroups[1].split(",")) {
				byGroup.computeIfAbsent(group.trim(), key -> EnumSet.noneOf(Role.class)).add(role);
			}
		}
		return byGroup;
	}

}
