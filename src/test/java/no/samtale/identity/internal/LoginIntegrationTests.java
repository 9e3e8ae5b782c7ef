package no.samtale.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Logging in with a local account from the browser: session, CSRF, lockout, one-time passwords, logout. */
@AlsoOnTheEmbeddedDatabase
class LoginIntegrationTests extends IntegrationTest {

	@Test
	void aDemoUserLogsInAndTheSessionIdentifiesThem() {
		Api browser = api();

		Api.Response login = browser.login("veileder1", "demo");

		assertThat(login.status()).isEqualTo(200);
		Api.Response me = browser.get("/api/v1/me");
		assertThat(me.json().path("username").asString()).isEqualTo("veileder1");
		assertThat(me.json().path("authMethod").asString()).isEqualTo("PASSWORD");
	}

	@Test
	void aWrongPasswordIs401ProblemThatDoesNotSayWhetherTheUserExists() {
		Api.Response wrongPassword = api().login("veileder1", "feil");
		Api.Response noSuchUser = api().login("finnes-ikke", "feil");

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(wrongPassword.problemType()).isEqualTo("urn:samtale:problem:bad-credentials");
		assertThat(noSuchUser.json().path("detail")).isEqualTo(wrongPassword.json().path("detail"));
	}

	@Test
	void aSessionRequestWithoutTheCsrfTokenIsRefused() {
		Api browser = api();
		browser.login("ansatt", "demo");

		Api.Response refused = browser.sendingCsrfToken(false).post("/api/v1/me/tokens", "{\"name\": \"uten\"}");
		Api.Response accepted = browser.sendingCsrfToken(true).post("/api/v1/me/tokens", "{\"name\": \"med\"}");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:csrf");
		assertThat(accepted.status()).isEqualTo(201);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
		Api admin = api().asDemo("admin");
		String username = TestUsers.create(admin, "\"ADVISOR\"");

		for (int i = 0; i < 5; i++) {
			assertThat(api().login(username, "feil-passord").problemType()).isEqualTo("urn:samtale:problem:bad-credentials");
		}
		Api.Response locked = api().login(username, TestUsers.PASSWORD);

		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.problemType()).isEqualTo("urn:samtale:problem:account-locked");
		long id = TestUsers.id(admin, username);
		assertThat(admin.get("/api/v1/admin/users/" + id).json().path("locked").asBoolean()).isTrue();

		assertThat(admin.post("/api/v1/admin/users/" + id + "/unlock", null).json().path("locked").asBoolean()).isFalse();
		assertThat(api().login(username, TestUsers.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aSuccessfulLoginResetsTheCountOfFailures() {
		String username = TestUsers.create(api().asDemo("admin"), "");
		for (int i = 0; i < 4; i++) {
			api().login(username, "feil-passord");
		}
		assertThat(api().login(username, TestUsers.PASSWORD).status()).isEqualTo(200);

		for (int i = 0; i < 4; i++) {
			api().login(username, "feil-passord");
		}
		assertThat(api().login(username, TestUsers.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aOneTimePasswordMustBeChangedAndThenTheNewOneWorks() {
		String username = TestUsers.create(api().asDemo("admin"), "\"EDITOR\"");
		Api browser = api();
		browser.login(username, TestUsers.PASSWORD);
		assertThat(browser.get("/api/v1/me").json().path("mustChangePassword").asBoolean()).isTrue();
		Api.Response blocked = browser.get("/api/v1/units");
		assertThat(blocked.status()).isEqualTo(403);
		assertThat(blocked.problemType()).isEqualTo("urn:samtale:problem:password-change-required");

		Api.Response tooShort = browser.post("/api/v1/me/password", """
				{"currentPassword": "%s", "newPassword": "kort"}""".formatted(TestUsers.PASSWORD));
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.json().path("field").asString()).isEqualTo("newPassword");

		Api.Response wrongCurrent = browser.post("/api/v1/me/password", """
				{"currentPassword": "gjetting", "newPassword": "Et langt og godt passord"}""");
		assertThat(wrongCurrent.json().path("field").asString()).isEqualTo("currentPassword");

		Api.Response changed = browser.post("/api/v1/me/password", """
				{"currentPassword": "%s", "newPassword": "Et langt og godt passord"}""".formatted(TestUsers.PASSWORD));
		assertThat(changed.status()).isEqualTo(204);
		assertThat(browser.get("/api/v1/me").json().path("mustChangePassword").asBoolean()).isFalse();
		assertThat(browser.get("/api/v1/units").status()).isEqualTo(200);
		assertThat(api().login(username, "Et langt og godt passord").status()).isEqualTo(200);
		assertThat(api().login(username, TestUsers.PASSWORD).status()).isEqualTo(401);
	}

	@Test
	void disablingAUserEndsTheirSessionAtOnce() {
		Api admin = api().asDemo("admin");
		String username = TestUsers.create(admin, "\"ADVISOR\"");
		Api browser = api();
		browser.login(username, TestUsers.PASSWORD);
		assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);

		admin.put("/api/v1/admin/users/" + TestUsers.id(admin, username), """
				{"name": "Sluttet", "roles": ["ADVISOR"], "enabled": false}""");

		assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(api().login(username, TestUsers.PASSWORD).status()).isEqualTo(401);
	}

	@Test
	void logoutEndsTheSession() {
		Api browser = api();
		browser.login("analytiker", "demo");

		assertThat(browser.post("/logout", null).status()).isEqualTo(204);
		assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
	}

}
