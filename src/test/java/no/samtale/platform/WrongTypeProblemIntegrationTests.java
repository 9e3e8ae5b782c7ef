package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * Walk report F3/F11: a value of the wrong type or outside an enum is answered with what the field takes ("one of
 * PUBLIC, PRIVATE", "a whole number", "text"), in the same problem shape as before (type, field, errors[]).
 */
class WrongTypeProblemIntegrationTests extends IntegrationTest {

	private static final String REPLIES = "/api/v1/inbox/conversations/999999/replies";

	@Test
	void anUnknownEnumValueInTheBodyNamesTheAllowedValues() {
		Api.Response secret = api().asDemo("admin").post(REPLIES, "{\"body\": \"Hei\", \"visibility\": \"SECRET\"}");

		assertThat(secret.status()).isEqualTo(400);
		assertThat(secret.problemType()).isEqualTo("urn:samtale:problem:malformed-request");
		assertThat(secret.json().path("field").asString()).isEqualTo("visibility");
		JsonNode error = secret.json().path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("visibility");
		assertThat(error.path("detail").asString()).isEqualTo("must be one of PUBLIC, PRIVATE");
		assertThat(secret.json().path("detail").asString()).contains("one of PUBLIC, PRIVATE");
	}

	@Test
	void aNumberWhereTextIsExpectedSaysTextIsExpected() {
		Api.Response number = api().asDemo("admin").post(REPLIES, "{\"body\": 5, \"visibility\": \"PUBLIC\"}");

		assertThat(number.status()).isEqualTo(400);
		assertThat(number.json().path("field").asString()).isEqualTo("body");
		assertThat(number.json().path("errors").get(0).path("detail").asString()).isEqualTo("must be text");
	}

	@Test
	void aQueryParameterOfTheWrongTypeSaysWhatItTakes() {
		Api.Response status = api().asDemo("admin").get("/api/v1/inbox/conversations?status=FOO");
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().path("field").asString()).isEqualTo("status");
		assertThat(status.json().path("detail").asString()).startsWith("'status' must be one of ").contains("IN_PROGRESS");

		Api.Response page = api().asDemo("admin").get("/api/v1/inbox/conversations?page=99999999999");
		assertThat(page.json().path("field").asString()).isEqualTo("page");
		assertThat(page.json().path("detail").asString()).isEqualTo("'page' must be a whole number");
	}

	@Test
	void aFieldTheEndpointDoesNotKnowIsRefusedAndNothingIsCreated() {
		int before = api().asDemo("veileder2").get("/api/v1/me/tokens").json().size();

		Api.Response misnamed = api().asDemo("veileder2").post("/api/v1/me/tokens",
				"{\"name\": \"ci\", \"expiresInDay\": 30}");

		assertThat(misnamed.status()).isEqualTo(400);
		assertThat(misnamed.problemType()).isEqualTo("urn:samtale:problem:malformed-request");
		assertThat(misnamed.json().path("field").asString()).isEqualTo("expiresInDay");
		JsonNode error = misnamed.json().path("errors").get(0);
		assertThat(error.path("code").asString()).isEqualTo("unknown-field");
		assertThat(error.path("detail").asString()).contains("expiresInDays").contains("name");
		assertThat(api().asDemo("veileder2").get("/api/v1/me/tokens").json().size()).isEqualTo(before);
	}

}
