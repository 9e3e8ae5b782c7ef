package no.samtale.identity.internal;

import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.platform.ConflictException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;

/** Creating and changing users, and the rules that keep an installation manageable. */
@Service
class UserAdministration {

	private final UserAccountRepository accounts;

	private final OrganisationUnitRepository units;

	private final PasswordEncoder passwords;

	private final LoginAttempts loginAttempts;

	private final Users users;

	private final ApiTokens tokens;

	UserAdministration(UserAccountRepository accounts, OrganisationUnitRepository units, PasswordEncoder passwords,
			LoginAttempts loginAttempts, Users users, ApiTokens tokens) {
		this.users = users;
		this.tokens = tokens;
		this.accounts = accounts;
		this.units = units;
		this.passwords = passwords;
		this.loginAttempts = loginAttempts;
	}

	record NewUser(String username, String name, String employeeId, String email, Long unitId, Set<Role> roles,
			String password) {
	}

	record UserChange(String name, String email, Long unitId, Set<Role> roles, boolean enabled) {
	}

	/** A local account whose password is one-time: the user must choose their own at first login. */
	@Transactional
	long create(NewUser user) {
		String username = user.username().trim().toLowerCase();
		String employeeId = user.employeeId().trim().toUpperCase();
		if (accounts.existsByUsername(username)) {
			throw new ConflictException("username", "The username is taken");
		}
		if (accounts.existsByEmployeeId(employeeId)) {
			throw new ConflictException("employeeId", "Another user has this employee id");
		}
		requireUnit(user.unitId());
		PasswordPolicy.check("password", user.password(), username);
		UserAccount account = UserAccount.create(username, employeeId, user.name().trim(), user.roles());
		account.email(blankToNull(user.email()));
		account.unitId(user.unitId());
		account.password(passwords.encode(user.password()), true);
		return accounts.save(account).id();
	}

	@Transactional
	void change(long actingUserId, long userId, UserChange change) {
		UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
		requireUnit(change.unitId());
		boolean staysAdmin = change.enabled() && change.roles().contains(Role.ADMIN);
		if (!staysAdmin && account.roles().contains(Role.ADMIN)) {
			if (actingUserId == userId) {
				throw new InvalidInputException(change.enabled() ? "roles" : "enabled",
						"You cannot take away your own administrator access");
			}
			if (accounts.countOtherEnabledAdmins(userId) == 0) {
				throw new InvalidInputException("roles", "At least one enabled administrator must remain");
			}
		}
		account.displayName(change.name().trim());
		account.email(blankToNull(change.email()));
		account.unitId(change.unitId());
		account.grant(change.roles());
		account.enabled(change.enabled());
		accounts.save(account);
		users.changed(userId);
		// A disabled account or a role taken away stops its tokens at once, on every node.
		tokens.forget(userId);
	}

	@Transactional
	void unlock(long userId) {
		requireUser(userId);
		loginAttempts.unlock(userId);
	}

	/** An administrator sets a new one-time password, for example when someone has forgotten theirs. */
	@Transactional
	void resetPassword(long userId, String newPassword) {
		UserAccount account = requireUser(userId);
		PasswordPolicy.check("newPassword", newPassword, account.username());
		account.password(passwords.encode(newPassword), true);
		accounts.save(account);
		loginAttempts.unlock(userId);
		// A one-time password again: the tokens may do nothing but choose a new one.
		tokens.forget(userId);
	}

	@Transactional
	void changeOwnPassword(long userId, String currentPassword, String newPassword) {
		UserAccount account = requireUser(userId);
		if (account.passwordHash() == null) {
			throw new InvalidInputException("currentPassword",
					"You log in through your organisation's login service; change the password there");
		}
		if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInputException("currentPassword", "The current password is wrong");
		}
		if (passwords.matches(newPassword, account.passwordHash())) {
			throw new InvalidInputException("newPassword", "The new password must differ from the current one");
		}
		PasswordPolicy.check("newPassword", newPassword, account.username());
		account.password(passwords.encode(newPassword), false);
		accounts.save(account);
		tokens.forget(userId);
	}

	private UserAccount requireUser(long userId) {
		return accounts.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
	}

	private void requireUnit(Long unitId) {
		if (unitId != null && !units.existsById(unitId)) {
			throw new InvalidInputException("unitId", "There is no unit " + unitId);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
