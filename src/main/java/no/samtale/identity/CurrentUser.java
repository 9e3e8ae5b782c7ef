package no.samtale.identity;

import java.util.Set;

/** The person behind the current request, read fresh from the database. */
public record CurrentUser(long id, String username, String name, String employeeId, Long unitId, Set<Role> roles) {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

}
