package no.samtale.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.samtale.identity.Users;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Employee login through OIDC against mock-oauth2-server, with NAVident, name and groups mapped. */
class OidcLoginIntegrationTests extends IntegrationTest {

	@Autowired
	Users users;

	@Test
	void anEmployeeLogsInThroughOidcAndGetsRolesFromTheirGroups() throws Exception {
		Api browser = loginThroughOidc("X123456", "Oda Oidc", List.of("group-veiledere", "group-ukjent"));

		Api.Response me = browser.get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("employeeId").asString()).isEqualTo("X123456");
		assertThat(me.json().path("name").asString()).isEqualTo("Oda Oidc");
		assertThat(me.json().path("authMethod").asString()).isEqualTo("OIDC");
		assertThat(me.json().path("roles").toString()).isEqualTo("[\"EMPLOYEE\",\"ADVISOR\"]");
	}

	@Test
	void theIdentityProviderStaysTheSourceOfNameAndRoles() throws Exception {
		loginThroughOidc("X654321", "Før Navnebytte", List.of("group-admin"));

		Api browser = loginThroughOidc("X654321", "Etter Navnebytte", List.of());

		Api.Response me = browser.get("/api/v1/me");
		assertThat(me.json().path("name").asString()).isEqualTo("Etter Navnebytte");
		assertThat(me.json().path("roles").toString()).isEqualTo("[\"EMPLOYEE\"]");
		assertThat(browser.get("/api/v1/admin/users").status()).isEqualTo(403);
	}

	@Test
	void aNameChangedAtTheIdentityProviderReplacesTheCachedNameAtOnce() throws Exception {
		Api first = loginThroughOidc("X888888", "Gammelt Navn", List.of());
		long id = first.get("/api/v1/me").json().path("id").asLong();
		assertThat(users.people(List.of(id)).get(id).name()).isEqualTo("Gammelt Navn");

		loginThroughOidc("X888888", "Nytt Navn", List.of());

		// Names are cached for a minute; the login tells every node (this one at once) to drop the old one.
		assertThat(users.people(List.of(id)).get(id).name()).isEqualTo("Nytt Navn");
	}

	@Test
	void anOidcUserHasNoLocalPassword() throws Exception {
		Api browser = loginThroughOidc("X777777", "Uten Passord", List.of());

		Api.Response change = browser.post("/api/v1/me/password", """
				{"currentPassword": "", "newPassword": "Et langt og godt passord"}""");

		assertThat(change.status()).isEqualTo(400);
		assertThat(change.json().path("field").asString()).isEqualTo("currentPassword");
		assertThat(api().login("x777777", "").status()).isEqualTo(401);
	}

	private Api loginThroughOidc(String ident, String name, List<String> groups) throws Exception {
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback("entra", "sub-" + ident, "JWT", List.of(OIDC_CLIENT_ID),
				Map.of("NAVident", ident, "name", name, "groups", groups), 3600));
		Api browser = api();
		Api.Response start = browser.getAny("/oauth2/authorization/samtale");
		assertThat(start.status()).isEqualTo(302);

		HttpClient provider = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> authorized = provider.send(HttpRequest.newBuilder(URI.create(start.location())).build(),
				HttpResponse.BodyHandlers.ofString());
		String callback = authorized.headers().firstValue("Location").orElseThrow();
		assertThat(callback).startsWith(browser.base() + "/login/oauth2/code/samtale");

		Api.Response landed = browser.getAny(callback.substring(browser.base().length()));
		assertThat(landed.status()).isEqualTo(302);
		assertThat(landed.location()).endsWith("/");
		return browser;
	}

}
