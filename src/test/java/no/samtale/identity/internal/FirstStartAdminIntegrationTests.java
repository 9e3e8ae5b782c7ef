package no.samtale.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.IntegrationTest;

/**
 * The first start of a real installation. The shared test database holds the demo organisation, so each test
 * empties the user table inside a transaction that is rolled back afterwards.
 */
@Transactional
@ExtendWith(OutputCaptureExtension.class)
@AlsoOnTheEmbeddedDatabase
class FirstStartAdminIntegrationTests extends IntegrationTest {

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmptyInstallationGetsAnAdminWithAOneTimePasswordPrintedOnce(CapturedOutput output) {
		jdbc.sql("delete from identity_user").update();

		boolean created = new FirstStartAdmin(accounts, passwords, false, "").createIfNoUsers();

		assertThat(created).isTrue();
		Matcher printed = Pattern.compile("one-time password (\\w{20}) ").matcher(output.getOut());
		assertThat(printed.find()).isTrue();
		UserAccount admin = accounts.findByUsername("admin").orElseThrow();
		assertThat(passwords.matches(printed.group(1), admin.passwordHash())).isTrue();
		assertThat(admin.mustChangePassword()).isTrue();
		assertThat(admin.roles()).extracting(Enum::name).contains("ADMIN");
	}

	@Test
	void theOneTimePasswordCanComeFromTheEnvironment(CapturedOutput output) {
		jdbc.sql("delete from identity_user").update();

		new FirstStartAdmin(accounts, passwords, false, "Fra-miljøvariabelen-42").createIfNoUsers();

		UserAccount admin = accounts.findByUsername("admin").orElseThrow();
		assertThat(passwords.matches("Fra-miljøvariabelen-42", admin.passwordHash())).isTrue();
		assertThat(output.getOut()).doesNotContain("Fra-miljøvariabelen-42");
	}

	@Test
	void nothingIsCreatedWhenUsersExist() {
		long before = accounts.count();

		assertThat(new FirstStartAdmin(accounts, passwords, false, "").createIfNoUsers()).isFalse();
		assertThat(accounts.count()).isEqualTo(before);
	}

}
