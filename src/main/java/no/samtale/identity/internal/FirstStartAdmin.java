package no.samtale.identity.internal;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.Role;

/**
 * On the very first start of a real installation (no users, demo off) creates the account {@code admin} with a
 * one-time password: SAMTALE_ADMIN_PASSWORD if set, otherwise a random one written once to the log. Either way
 * the administrator must choose a new password at first login.
 */
@Component
@Order(0)
class FirstStartAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final boolean demo;

	private final String configuredPassword;

	FirstStartAdmin(UserAccountRepository accounts, PasswordEncoder passwords, @Value("${samtale.demo}") boolean demo,
			@Value("${samtale.admin-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.demo = demo;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo) {
			createIfNoUsers();
		}
	}

	/** Returns whether the admin account was created. */
	@Transactional
	boolean createIfNoUsers() {
		if (accounts.count() > 0) {
			return false;
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		UserAccount admin = UserAccount.create("admin", "A000001", "Administrator", Set.of(Role.ADMIN));
		admin.password(passwords.encode(password), true);
		accounts.save(admin);
		if (generated) {
			log.warn("First start: created the account 'admin' with the one-time password {} "
					+ "(shown only this once; change it at first login, or set SAMTALE_ADMIN_PASSWORD)", password);
		}
		else {
			log.warn("First start: created the account 'admin' with the one-time password from SAMTALE_ADMIN_PASSWORD");
		}
		return true;
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
