package no.samtale.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Logging in with a local account from the browser: session, CSRF, lockout, one-time passwords, logout. */
@AlsoOnTheEmbeddedDatabase
class LoginIntegrationTests extends IntegrationTest {

	@Autowired
	private JdbcClient jdbc;

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
	void aRequestWithAnApiTokenIsNotALoginAndWritesNothingAboutTheUser() {
		Api browser = api();
		String username = TestUsers.createLoggedIn(api().asDemo("admin"), "\"ADVISOR\"", browser);
		String token = browser.post("/api/v1/me/tokens", "{\"name\": \"integrasjon\"}").json().path("token").asString();
		jdbc.sql("update identity_user set last_login_at = null where username = :username").param("username", username).update();

		assertThat(api().as(token).get("/api/v1/me").status()).isEqualTo(200);

		assertThat(lastLogin(username)).as("written by each API request before").isNull();
		assertThat(api().login(username, TestUsers.OWN_PASSWORD).status()).isEqualTo(200);
		assertThat(lastLogin(username)).isNotNull();
	}

	private java.sql.Timestamp lastLogin(String username) {
		return jdbc.sql("select last_login_at from identity_user where username = :username")
			.param("username", username)
			.query((rs, row) -> rs.getTimestamp(1))
			.list()
			.get(0);
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
	void fiveWrongPasswordsLockPasswordLoginUntilAnAdminUnlocksIt() {
		Api admin = api().asDemo("admin");
		String username = TestUsers.create(admin, "\"ADVISOR\"");

		for (int i = 0; i < 5; i++) {
			assertThat(api().login(username, "feil-passord").problemType()).isEqualTo("urn:samtale:problem:bad-credentials");
		}
		Api.Response locked = api().login(username, TestUsers.PASSWORD);

		// Answered exactly as a wrong password: the answer never tells that the account exists or is locked.
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.problemType()).isEqualTo("urn:samtale:problem:bad-credentials");
		assertThat(locked.json().path("detail")).isEqualTo(api().login("finnes-ikke-" + username, "x").json().path("detail"));
		long id = TestUsers.id(admin, username);
		assertThat(admin.get("/api/v1/admin/users/" + id).json().path("locked").asBoolean()).isTrue();

		assertThat(admin.post("/api/v1/admin/users/" + id + "/unlock", null).json().path("locked").asBoolean()).isFalse();
		assertThat(api().login(username, TestUsers.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aLockoutStopsNeitherTheUsersTokensNorTheirSession() {
		Api browser = api();
		String username = TestUsers.createLoggedIn(api().asDemo("admin"), "\"ADVISOR\"", browser);
		String token = browser.post("/api/v1/me/tokens", "{\"name\": \"integrasjon\"}").json().path("token").asString();

		for (int i = 0; i < 6; i++) {
			api().login(username, "gjetning-" + i);
		}

		assertThat(api().login(username, TestUsers.OWN_PASSWORD).status()).as("password login is locked").isEqualTo(401);
		assertThat(api().as(token).get("/api/v1/me").status()).as("the token still works").isEqualTo(200);
		assertThat(browser.get("/api/v1/me").status()).as("the session made before goes on").isEqualTo(200);
	}

	@Test
	void unknownLockedAndWrongAreEquallySlow() {
		Api admin = api().asDemo("admin");
		String locked = TestUsers.create(admin, "");
		for (int i = 0; i < 5; i++) {
			api().login(locked, "feil");
		}
		String known = TestUsers.create(admin, "");
		// Taken in turns, so that a busy moment on the machine (two test processes share two cores) slows all
		// three alike instead of one of them.
		long[][] rounds = new long[3][5];
		for (int round = 0; round < 5; round++) {
			rounds[0][round] = millis(() -> api().login(known, "feil-passord"));
			rounds[1][round] = millis(() -> api().login("ingen-" + known, "feil-passord"));
			rounds[2][round] = millis(() -> api().login(locked, TestUsers.PASSWORD));
		}
		long wrong = median(rounds[0]);
		long unknown = median(rounds[1]);
		long whileLocked = median(rounds[2]);
		// Each checks one password hash; without the dummy check an unknown user answered many times faster.
		assertThat(unknown).as("unknown %d ms vs wrong %d ms", unknown, wrong).isGreaterThan(wrong / 3);
		assertThat(whileLocked).as("locked %d ms vs wrong %d ms", whileLocked, wrong).isGreaterThan(wrong / 3);
		assertThat(wrong).as("wrong %d ms vs unknown %d ms", wrong, unknown).isGreaterThan(unknown / 3);
	}

	private static long millis(Runnable attempt) {
		long start = System.nanoTime();
		attempt.run();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long median(long[] times) {
		long[] sorted = times.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
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
