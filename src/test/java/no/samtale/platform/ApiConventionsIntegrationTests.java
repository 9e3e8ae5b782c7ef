package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** The conventions every API client relies on: tokens, problem JSON for every kind of error, paging, docs. */
@AlsoOnTheEmbeddedDatabase
class ApiConventionsIntegrationTests extends IntegrationTest {

	@Test
	void aDemoTokenIdentifiesItsUserWithRolesAndUnit() {
		Api.Response me = api().asDemo("veileder1").get("/api/v1/me");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("username").asString()).isEqualTo("veileder1");
		assertThat(me.json().path("roles").toString()).contains("ADVISOR", "EMPLOYEE");
		assertThat(me.json().path("unit").path("name").asString()).isEqualTo("NAV Kontaktsenter Hordaland");
		assertThat(me.json().path("authMethod").asString()).isEqualTo("TOKEN");
	}

	@Test
	void withoutATokenTheAnswerIs401ProblemJson() {
		Api.Response me = api().get("/api/v1/me");

		assertThat(me.status()).isEqualTo(401);
		assertThat(me.isProblem()).isTrue();
		assertThat(me.problemType()).isEqualTo("urn:samtale:problem:unauthenticated");
		assertThat(me.body()).doesNotContain("Exception", "at org.");
	}

	@Test
	void anUnknownTokenIs401ProblemJsonRaisedInTheSecurityFilter() {
		Api.Response me = api().as("no-such-token").get("/api/v1/me");

		assertThat(me.status()).isEqualTo(401);
		assertThat(me.isProblem()).isTrue();
		assertThat(me.json().path("detail").asString()).contains("unknown, expired or revoked");
	}

	@Test
	void anUnknownApiPathIs404ProblemJson() {
		Api.Response missing = api().asDemo("veileder1").get("/api/v1/no-such-thing");

		assertThat(missing.status()).as(missing.body()).isEqualTo(404);
		assertThat(missing.isProblem()).isTrue();
		assertThat(missing.problemType()).isEqualTo("urn:samtale:problem:not-found");
	}

	@Test
	void aMalformedBodyIs400ProblemJson() {
		Api.Response malformed = api().asDemo("veileder1").post("/api/v1/me/tokens", "{\"name\": ");

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.isProblem()).isTrue();
		assertThat(malformed.problemType()).isEqualTo("urn:samtale:problem:malformed-request");
	}

	@Test
	void aValueOfTheWrongTypeNamesItsField() {
		Api.Response wrong = api().asDemo("veileder1").post("/api/v1/me/tokens", """
				{"name": "skript", "expiresInDays": "snart"}""");

		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().path("field").asString()).isEqualTo("expiresInDays");
	}

	@Test
	void aValidationErrorNamesEveryOffendingField() {
		Api.Response invalid = api().asDemo("veileder1").post("/api/v1/me/tokens", """
				{"name": "", "expiresInDays": 0}""");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.problemType()).isEqualTo("urn:samtale:problem:validation");
		assertThat(invalid.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
				"expiresInDays");
	}

	@Test
	void aWrongMethodIs405ProblemJson() {
		Api.Response wrong = api().asDemo("veileder1").delete("/api/v1/me");

		assertThat(wrong.status()).isEqualTo(405);
		assertThat(wrong.problemType()).isEqualTo("urn:samtale:problem:method-not-allowed");
	}

	@Test
	void aWrongContentTypeIs415ProblemJson() {
		Api.Response wrong = api().asDemo("veileder1").send("POST", "/api/v1/me/tokens", "text/plain", "token");

		assertThat(wrong.status()).isEqualTo(415);
		assertThat(wrong.problemType()).isEqualTo("urn:samtale:problem:unsupported-media-type");
	}

	@Test
	void aMissingRoleIs403ProblemJson() {
		Api.Response forbidden = api().asDemo("veileder1").get("/api/v1/admin/users");

		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.problemType()).isEqualTo("urn:samtale:problem:forbidden");
	}

	@Test
	void pagingParametersOutOfBoundsAreNamed() {
		Api.Response tooBig = api().asDemo("admin").get("/api/v1/admin/users?size=5000");
		Api.Response negative = api().asDemo("admin").get("/api/v1/admin/users?page=-1");

		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(tooBig.json().path("field").asString()).isEqualTo("size");
		assertThat(negative.json().path("field").asString()).isEqualTo("page");
	}

	@Test
	void serviceInfoIsPublicAndSaysDemoMode() {
		Api.Response info = api().get("/api/v1/info");

		assertThat(info.status()).isEqualTo(200);
		assertThat(info.json().path("demo").asBoolean()).isTrue();
		assertThat(info.json().path("oidcEnabled").asBoolean()).isTrue();
	}

	@Test
	void healthProbesAndMetricsAreServed() {
		assertThat(api().get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(api().get("/actuator/health/liveness").status()).isEqualTo(200);
		Api.Response metrics = api().getAny("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void theApiIsDescribedWithOpenApi() {
		Api.Response docs = api().get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().path("paths").has("/api/v1/me")).isTrue();
		assertThat(api().get("/swagger-ui.html").status()).isIn(200, 302);
	}

	@Test
	void aPageAddressServesTheWebShell() {
		Api.Response page = api().getAny("/admin/enheter");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("<div id=\"root\">");
	}

	@Test
	void aDeepPageAddressServesTheWebShellToo() {
		Api.Response page = api().getAny("/forum/rom/1/ny");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<div id=\"root\">");
	}

	@Test
	void aMissingAssetIsAPlain404NotTheWebShell() {
		assertThat(api().getAny("/assets/no-such-file.js").status()).isEqualTo(404);
	}

}
