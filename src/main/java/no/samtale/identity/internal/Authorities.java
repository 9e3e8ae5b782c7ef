package no.samtale.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import no.samtale.identity.Role;

final class Authorities {

	private Authorities() {
	}

	static List<GrantedAuthority> of(Collection<Role> roles) {
		return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}

}
