package no.samtale.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import no.samtale.identity.internal.AuthenticatedUser;
import no.samtale.identity.internal.UserAccount;
import no.samtale.identity.internal.UserAccountRepository;

/** The identity module's facade: who is calling, and who a user id is. */
@Service
public class Users {

	private final UserAccountRepository accounts;

	Users(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	/** The caller of the current request; fails with an authentication error when nobody is logged in. */
	public CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
			return find(user.userId()).orElseThrow(() -> new AuthenticationCredentialsNotFoundException("User is gone"));
		}
		throw new AuthenticationCredentialsNotFoundException("Nobody is logged in");
	}

	/** A user by id, whether or not they are logged in. */
	public Optional<CurrentUser> find(long userId) {
		return accounts.findById(userId).map(Users::toCurrentUser);
	}

	private static CurrentUser toCurrentUser(UserAccount account) {
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.employeeId(),
				account.unitId(),
				account.roles().stream().collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
	}

}
