package no.samtale.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Personal API tokens: shown once, stored hashed, usable as Bearer, revocable. */
class ApiTokenIntegrationTests extends IntegrationTest {

	@Test
	void aNewTokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() {
		Api owner = api().asDemo("redaktor");

		Api.Response created = owner.post("/api/v1/me/tokens", """
				{"name": "Publiseringsskript", "expiresInDays": 30}""");
		assertThat(created.status()).isEqualTo(201);
		String token = created.json().path("token").asString();
		long id = created.json().path("id").asLong();
		assertThat(token).startsWith("smt_").hasSizeGreaterThan(40);
		assertThat(created.json().path("expiresAt").asString()).isNotBlank();

		assertThat(api().as(token).get("/api/v1/me").json().path("username").asString()).isEqualTo("redaktor");
		Api.Response listed = owner.get("/api/v1/me/tokens");
		assertThat(listed.body()).contains("Publiseringsskript", token.substring(0, 8)).doesNotContain(token);

		assertThat(owner.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
		assertThat(api().as(token).get("/api/v1/me").status()).isEqualTo(401);
		assertThat(owner.get("/api/v1/me/tokens").body()).doesNotContain("Publiseringsskript");
	}

	@Test
	void nobodyCanRevokeAnotherUsersToken() {
		long id = api().asDemo("leder").post("/api/v1/me/tokens", "{\"name\": \"Nettprat\"}").json().path("id").asLong();

		Api.Response attempt = api().asDemo("ansatt").delete("/api/v1/me/tokens/" + id);

		assertThat(attempt.status()).isEqualTo(404);
		assertThat(attempt.isProblem()).isTrue();
	}

	@Test
	void aTokenOfADisabledUserStopsWorking() {
		Api admin = api().asDemo("admin");
		Api user = api();
		String username = TestUsers.createLoggedIn(admin, "\"ANALYST\"", user);
		String token = user.post("/api/v1/me/tokens", "{\"name\": \"Rapport\"}").json().path("token").asString();
		assertThat(api().as(token).get("/api/v1/me").status()).isEqualTo(200);

		long id = TestUsers.id(admin, username);
		admin.put("/api/v1/admin/users/" + id, """
				{"name": "Deaktivert", "roles": ["ANALYST"], "enabled": false}""");

		assertThat(api().as(token).get("/api/v1/me").status()).isEqualTo(401);
	}

}
