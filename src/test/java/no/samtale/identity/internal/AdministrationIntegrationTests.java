package no.samtale.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** The admin API for users, units and roles. */
class AdministrationIntegrationTests extends IntegrationTest {

	private final Api admin() {
		return api().asDemo("admin");
	}

	@Test
	void theDemoOrganisationHasEveryRoleAndTheNamedAccounts() {
		Api.Response users = admin().get("/api/v1/admin/users?size=200");

		assertThat(users.json().path("totalElements").asLong()).isGreaterThanOrEqualTo(20);
		String body = users.body();
		for (String role : new String[] { "ADVISOR", "EDITOR", "MODERATOR", "EXPERT", "LEADER", "ANALYST", "ADMIN" }) {
			assertThat(body).contains(role);
		}
		assertThat(roles("moderator")).contains("MODERATOR");
		assertThat(roles("fagperson")).contains("EXPERT");
		assertThat(roles("redaktor")).contains("EDITOR");
		assertThat(roles("leder")).contains("LEADER");
		assertThat(roles("analytiker")).contains("ANALYST");
		assertThat(roles("ansatt")).isEqualTo("[\"EMPLOYEE\"]");
	}

	private String roles(String username) {
		return api().asDemo(username).get("/api/v1/me").json().path("roles").toString();
	}

	@Test
	void usersArePagedAndSearchable() {
		Api.Response firstPage = admin().get("/api/v1/admin/users?page=0&size=5");
		Api.Response search = admin().get("/api/v1/admin/users?q=veileder");

		assertThat(firstPage.json().path("items").size()).isEqualTo(5);
		assertThat(firstPage.json().path("totalPages").asInt()).isGreaterThanOrEqualTo(4);
		assertThat(search.json().path("items").findValuesAsString("username")).isNotEmpty()
			.allMatch(username -> username.startsWith("veileder"));
	}

	@Test
	void aSearchWithLikeWildcardsIsTakenLiterally() {
		assertThat(admin().get("/api/v1/admin/users?q=%25").json().path("totalElements").asLong()).isZero();
	}

	@Test
	void anAdminCreatesAUserWithAUnitAndRoles() {
		long unit = unitId("NAV Hamar");
		Api.Response created = admin().post("/api/v1/admin/users", """
				{"username": "Ny.Bruker", "name": "Ny Bruker", "employeeId": "n123456", "email": "ny@nav.no",
				 "unitId": %d, "roles": ["ADVISOR", "EXPERT"], "password": "Et passord som er langt"}""".formatted(unit));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("username").asString()).isEqualTo("ny.bruker");
		assertThat(created.json().path("employeeId").asString()).isEqualTo("N123456");
		assertThat(created.json().path("unit").path("name").asString()).isEqualTo("NAV Hamar");
		assertThat(created.json().path("roles").toString()).contains("EMPLOYEE", "ADVISOR", "EXPERT");
	}

	@Test
	void aTakenUsernameIsAConflictNamingTheField() {
		Api.Response taken = admin().post("/api/v1/admin/users", """
				{"username": "veileder1", "name": "Kopi", "employeeId": "K123456", "roles": [],
				 "password": "Et passord som er langt"}""");

		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().path("field").asString()).isEqualTo("username");
	}

	@Test
	void badUserInputNamesTheFieldAndStoresNothing() {
		Api.Response badRole = admin().post("/api/v1/admin/users", """
				{"username": "rollefeil", "name": "R", "employeeId": "R123456", "roles": ["KONGE"], "password": "Et passord som er langt"}""");
		Api.Response badUnit = admin().post("/api/v1/admin/users", """
				{"username": "enhetsfeil", "name": "E", "employeeId": "E123456", "unitId": 999999, "roles": [],
				 "password": "Et passord som er langt"}""");
		Api.Response badIdent = admin().post("/api/v1/admin/users", """
				{"username": "identfeil", "name": "I", "employeeId": "123", "roles": [], "password": "Et passord som er langt"}""");

		assertThat(badRole.status()).isEqualTo(400);
		assertThat(badRole.json().path("field").asString()).isEqualTo("roles[0]");
		assertThat(badUnit.json().path("field").asString()).isEqualTo("unitId");
		assertThat(badIdent.json().path("field").asString()).isEqualTo("employeeId");
		assertThat(admin().get("/api/v1/admin/users?q=feil").json().path("totalElements").asLong()).isZero();
	}

	@Test
	void anAdminCannotTakeAwayTheirOwnAdministratorAccess() {
		long self = TestUsers.id(admin(), "admin");

		Api.Response attempt = admin().put("/api/v1/admin/users/" + self, """
				{"name": "Sverre Haugland", "roles": ["EDITOR"], "enabled": true}""");

		assertThat(attempt.status()).isEqualTo(400);
		assertThat(attempt.json().path("field").asString()).isEqualTo("roles");
		assertThat(roles("admin")).contains("ADMIN");
	}

	@Test
	void anAdminChangesAnotherUsersRolesAndTheTokenSeesThemAtOnce() {
		Api user = api();
		String username = TestUsers.createLoggedIn(admin(), "\"ADVISOR\"", user);
		long id = TestUsers.id(admin(), username);
		String token = user.post("/api/v1/me/tokens", "{\"name\": \"t\"}").json().path("token").asString();

		Api.Response changed = admin().put("/api/v1/admin/users/" + id, """
				{"name": "Omdøpt", "roles": ["MODERATOR"], "enabled": true}""");

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("name").asString()).isEqualTo("Omdøpt");
		assertThat(api().as(token).get("/api/v1/me").json().path("roles").toString()).contains("MODERATOR")
			.doesNotContain("ADVISOR");
	}

	@Test
	void unitsFormATreeThatCannotLoop() {
		Api.Response county = admin().post("/api/v1/admin/units", """
				{"name": "NAV Agder", "kind": "COUNTY"}""");
		long countyId = county.json().path("id").asLong();
		Api.Response office = admin().post("/api/v1/admin/units", """
				{"name": "NAV Kristiansand", "kind": "NAV_OFFICE", "parentId": %d}""".formatted(countyId));
		long officeId = office.json().path("id").asLong();

		Api.Response loop = admin().put("/api/v1/admin/units/" + countyId, """
				{"name": "NAV Agder", "kind": "COUNTY", "parentId": %d}""".formatted(officeId));
		Api.Response badKind = admin().post("/api/v1/admin/units", """
				{"name": "NAV Ukjent", "kind": "PLANET"}""");
		Api.Response duplicate = admin().post("/api/v1/admin/units", """
				{"name": "NAV Hamar", "kind": "NAV_OFFICE"}""");

		assertThat(county.status()).isEqualTo(201);
		assertThat(office.json().path("parentId").asLong()).isEqualTo(countyId);
		assertThat(loop.status()).isEqualTo(400);
		assertThat(loop.json().path("field").asString()).isEqualTo("parentId");
		assertThat(badKind.json().path("field").asString()).isEqualTo("kind");
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(api().asDemo("ansatt").get("/api/v1/units").body()).contains("NAV Kristiansand");
	}

	@Test
	void everyoneCanListTheRoles() {
		assertThat(api().asDemo("ansatt").get("/api/v1/roles").json().size()).isEqualTo(10);
		assertThat(api().asDemo("ansatt").get("/api/v1/roles").body()).contains("PRIVACY_OFFICER", "ARCHIVIST");
	}

	@Test
	void onlyAdminsMayChangeUnits() {
		Api.Response attempt = api().asDemo("leder").post("/api/v1/admin/units", """
				{"name": "NAV Lederstyrt", "kind": "NAV_OFFICE"}""");

		assertThat(attempt.status()).isEqualTo(403);
		assertThat(attempt.isProblem()).isTrue();
	}

	private long unitId(String name) {
		for (var unit : api().asDemo("ansatt").get("/api/v1/units").json()) {
			if (unit.path("name").asString().equals(name)) {
				return unit.path("id").asLong();
			}
		}
		throw new AssertionError("No unit " + name);
	}

}
