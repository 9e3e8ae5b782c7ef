package no.samtale.search.internal;

import static no.samtale.search.internal.Searching.encode;
import static no.samtale.search.internal.Searching.searchIds;
import static no.samtale.search.internal.Searching.onceIndexed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * Canned answers, published posts and nettprat answers are found by the one search, each only by who may read it,
 * and each filterable by its source.
 */
class SearchSourcesIntegrationTests extends IntegrationTest {

	@Test
	void aCannedAnswerIsFoundByItsTeamOnlyAndLeavesWithIt() {
		Api advisor = api().asDemo("veileder1");
		long team = advisor.get("/api/v1/channels/teams").json().get(0).path("id").asLong();
		Api.Response created = advisor.post("/api/v1/inbox/teams/" + team + "/canned-answers",
				"{\"title\": \"Om okapistønaden\", \"body\": \"Okapistønad søkes på nav.no, {navn}.\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().path("id").asLong();

		onceIndexed(() -> assertThat(searchIds(advisor, "source=CANNED&q=okapistønaden")).contains(id));
		JsonNode hit = advisor.get("/api/v1/search?source=CANNED&q=okapistønaden").json().path("items").get(0);
		assertThat(hit.path("source").asString()).isEqualTo("CANNED");
		assertThat(hit.path("space").path("id").asLong()).isEqualTo(team);
		assertThat(Searching.similarIds(advisor, "hvordan søker jeg okapistønad")).contains(id);
		// Another team's advisor and an employee outside the inbox see nothing of it, not even by asking for it.
		assertThat(searchIds(api().asDemo("veileder4"), "source=CANNED&q=okapistønaden")).doesNotContain(id);
		assertThat(searchIds(api().asDemo("ansatt"), "q=okapistønaden")).isEmpty();

		assertThat(advisor.delete("/api/v1/inbox/canned-answers/" + id).status()).isEqualTo(204);
		onceIndexed(() -> assertThat(searchIds(advisor, "source=CANNED&q=okapistønaden")).doesNotContain(id));
	}

	@Test
	void publishedPostsAndNettpratAnswersAreFoundByEveryEmployee() {
		Api employee = api().asDemo("ansatt");
		// The demo's published posts (its past ones) and its answered nettprat question.
		JsonNode posts = employee.get("/api/v1/search?source=POST&q=" + encode("foreldrepenger")).json().path("items");
		assertThat(posts).isNotEmpty();
		posts.forEach(hit -> assertThat(hit.path("source").asString()).isEqualTo("POST"));

		JsonNode nettprat = employee.get("/api/v1/search?source=NETTPRAT&q=" + encode("hjemmekontordager")).json()
			.path("items");
		assertThat(nettprat).hasSize(1);
		assertThat(nettprat.get(0).path("source").asString()).isEqualTo("NETTPRAT");
		assertThat(nettprat.get(0).path("snippetHtml").asString()).contains("hjemme");
		// Without a source, every source the reader may read.
		assertThat(searchIds(employee, "q=" + encode("hjemmekontordager"))).contains(nettprat.get(0).path("id").asLong());
	}

	@Test
	void anUnknownSourceIsRefusedNamingTheField() {
		Api.Response bad = api().asDemo("ansatt").get("/api/v1/search?source=HEARSAY&q=ferie");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.problemType()).isEqualTo("urn:samtale:problem:validation");
		assertThat(bad.body()).contains("source");
		assertThat(api().asDemo("ansatt").get("/api/v1/search/similar?source=hearsay&q=ferie").status()).isEqualTo(400);
	}

}
