package no.samtale.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import no.samtale.support.Api;

/** Creates throw-away users through the admin API, so tests that lock or change accounts never touch shared ones. */
final class TestUsers {

	static final String PASSWORD = "Midlertidig-passord-1";

	static final String OWN_PASSWORD = "Mitt eget lange passord";

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100000));

	private TestUsers() {
	}

	/** Returns the new user's username; their password is {@link #PASSWORD}, to be changed at first login. */
	static String create(Api admin, String roles) {
		int n = NEXT.incrementAndGet();
		String username = "test" + n;
		Api.Response created = admin.post("/api/v1/admin/users", """
				{"username": "%s", "name": "Test Testesen %d", "employeeId": "T%06d", "roles": [%s], "password": "%s"}
				""".formatted(username, n, n % 1000000, roles, PASSWORD));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	/** A user who has already replaced the one-time password with {@link #OWN_PASSWORD}, logged in on {@code browser}. */
	static String createLoggedIn(Api admin, String roles, Api browser) {
		String username = create(admin, roles);
		browser.login(username, PASSWORD);
		Api.Response changed = browser.post("/api/v1/me/password", """
				{"currentPassword": "%s", "newPassword": "%s"}""".formatted(PASSWORD, OWN_PASSWORD));
		assertThat(changed.status()).as(changed.body()).isEqualTo(204);
		return username;
	}

	static long id(Api admin, String username) {
		for (var user : admin.get("/api/v1/admin/users?size=200&q=" + username).json().path("items")) {
			if (user.path("username").asString().equals(username)) {
				return user.path("id").asLong();
			}
		}
		throw new AssertionError("No user " + username);
	}

}
