package no.samtale.search.internal;

import static no.samtale.support.ForumSteps.ask;
import static no.samtale.search.internal.Searching.similarIds;
import static no.samtale.search.internal.Searching.onceIndexed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;

/** Admins edit the synonym list, and searches use the change without a restart or reindex. */
class SynonymAdministrationIntegrationTests extends IntegrationTest {

	private Api admin() {
		return api().asDemo("admin");
	}

	@Test
	void theDefaultListKnowsAapAndFarAndMisspelledSykmelding() {
		JsonNode groups = admin().get("/api/v1/admin/search/synonyms").json();

		assertThat(groups.findValues("words").toString()).contains("\"aap\"", "\"arbeidsavklaringspenger\"",
				"\"pappa\"", "\"sykemelding\"");
	}

	@Test
	void anAddedSynonymTakesEffectAtOnceAndADeletedOneStops() {
		long space = ForumSteps.space(admin(), Searching.RULES);
		long asked = ask(api().asDemo("ansatt"), space, "Regler for blåbærstønad", "Hvem får blåbærstønad?");
		onceIndexed(() -> assertThat(similarIds(admin(), "blåbærstønad")).contains(asked));
		assertThat(similarIds(admin(), "tyttebærhjelp")).doesNotContain(asked);

		Api.Response added = admin().post("/api/v1/admin/search/synonyms",
				"{\"words\": [\"Tyttebærhjelp\", \"blåbærstønad\"]}");
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().path("words").get(0).asString()).isEqualTo("tyttebærhjelp");
		assertThat(similarIds(admin(), "tyttebærhjelp")).contains(asked);

		long id = added.json().path("id").asLong();
		assertThat(admin().put("/api/v1/admin/search/synonyms/" + id, "{\"words\": [\"multehjelp\", \"blåbærstønad\"]}")
			.status()).isEqualTo(200);
		assertThat(similarIds(admin(), "multehjelp")).contains(asked);
		assertThat(similarIds(admin(), "tyttebærhjelp")).doesNotContain(asked);

		assertThat(admin().delete("/api/v1/admin/search/synonyms/" + id).status()).isEqualTo(204);
		assertThat(similarIds(admin(), "multehjelp")).doesNotContain(asked);
		assertThat(admin().delete("/api/v1/admin/search/synonyms/" + id).status()).isEqualTo(404);
	}

	@Test
	void aGroupNeedsTwoPlainWordsAndTheProblemNamesTheField() {
		assertThat(field(admin().post("/api/v1/admin/search/synonyms", "{\"words\": [\"aap\"]}"))).isEqualTo("words");
		assertThat(field(admin().post("/api/v1/admin/search/synonyms", "{\"words\": [\"aap\", \"aap\"]}")))
			.isEqualTo("words");
		assertThat(field(admin().post("/api/v1/admin/search/synonyms", "{\"words\": [\"aap\", \"a => b\"]}")))
			.isEqualTo("words[1]");
		assertThat(field(admin().post("/api/v1/admin/search/synonyms", "{}"))).isEqualTo("words");
		assertThat(field(admin().put("/api/v1/admin/search/synonyms/1", "{\"words\": [\"\", \"x\"]}")))
			.isEqualTo("words[0]");
	}

	@Test
	void onlyAdministratorsEditSynonyms() {
		Api.Response attempt = api().asDemo("moderator").post("/api/v1/admin/search/synonyms",
				"{\"words\": [\"a\", \"b\"]}");

		assertThat(attempt.status()).isEqualTo(403);
		assertThat(attempt.isProblem()).isTrue();
	}

	private static String field(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		return response.json().path("field").asString();
	}

}
