package no.samtale.identity.internal;

import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Local accounts for the login form. OIDC-only users have no password and cannot log in here. */
@Service
class LocalUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	LocalUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username.trim().toLowerCase())
			.filter(account -> account.passwordHash() != null)
			.map(account -> new LocalUserDetails(account, account.lockedAt(Instant.now())))
			.orElseThrow(() -> new UsernameNotFoundException("No local account"));
	}

}
