package no.samtale.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** The forum's list filters: a value that is not one of the list's words, or out of bounds, is 400 naming it. */
class ForumQueryParametersIntegrationTests extends IntegrationTest {

	@Test
	void anUnknownDiscussionStatusIsRefusedNamingIt() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		String discussions = "/api/v1/spaces/" + space + "/discussions";

		assertNamed(api().asDemo("ansatt").get(discussions + "?status=CLOSED"), "status");
		assertNamed(api().asDemo("ansatt").get(discussions + "?question=maybe"), "question");
		assertNamed(api().asDemo("ansatt").get(discussions + "?size=500"), "size");
		assertNamed(api().asDemo("ansatt").get(discussions + "?page=-1"), "page");
		Api.Response known = api().asDemo("ansatt").get(discussions + "?status=OPEN&question=true&page=0&size=5");
		assertThat(known.status()).as(known.body()).isEqualTo(200);
		assertThat(known.json().path("items").findValuesAsString("status")).containsOnly("OPEN");
	}

	@Test
	void theOtherForumListsNameTheirParameterToo() {
		assertNamed(api().asDemo("ansatt").get("/api/v1/spaces?kind=FORUM"), "kind");
		assertNamed(api().asDemo("moderator").get("/api/v1/escalations?state=LOST"), "state");
		assertNamed(api().asDemo("moderator").get("/api/v1/escalations?departmentId=-3"), "departmentId");
		assertNamed(api().asDemo("moderator").get("/api/v1/moderation/reports?status=FORGOTTEN"), "status");
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		assertNamed(api().asDemo("analytiker").get("/api/v1/spaces/" + space + "/figures?month=2026-13"), "month");

		assertThat(api().asDemo("moderator").get("/api/v1/moderation/reports?status=ALL").status()).isEqualTo(200);
		assertThat(api().asDemo("ansatt").get("/api/v1/spaces?kind=GROUP").json().path("items")
			.findValuesAsString("kind")).containsOnly("GROUP");
		assertThat(api().asDemo("analytiker").get("/api/v1/spaces/" + space + "/figures?month=2026-11").status())
			.isEqualTo(200);
	}

	@Test
	void theApiDescriptionListsEachFilterAsItsOwnQueryParameter() {
		tools.jackson.databind.JsonNode list = api().get("/v3/api-docs").json().path("paths")
			.path("/api/v1/spaces/{spaceId}/discussions").path("get").path("parameters");

		assertThat(list.findValuesAsString("name")).contains("spaceId", "status", "question", "page", "size");
	}

	private static void assertNamed(Api.Response refused, String parameter) {
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().path("field").asString()).isEqualTo(parameter);
		assertThat(refused.body()).doesNotContain("java.", "Failed to convert");
	}

}
