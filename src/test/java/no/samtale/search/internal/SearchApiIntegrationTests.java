package no.samtale.search.internal;

import static no.samtale.support.ForumSteps.ask;
import static no.samtale.search.internal.Searching.encode;
import static no.samtale.support.ForumSteps.reply;
import static no.samtale.search.internal.Searching.onceIndexed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;

/** The search and similar-question endpoints: shapes, snippets, filters and bad input. */
class SearchApiIntegrationTests extends IntegrationTest {

	private Api ansatt() {
		return api().asDemo("ansatt");
	}

	@Test
	void similarQuestionsCarryIdTitleSpaceVerifiedAndScoreBestFirst() {
		long space = ForumSteps.space(ansatt(), Searching.RULES);
		long close = ask(ansatt(), space, "Vindmølleperm for fedre", "Hvor lang vindmølleperm har far etter fødselen?");
		long far = ask(ansatt(), space, "Vindmølleperm og ferie", "Kan ferie legges etter vindmølleperm?");

		onceIndexed(() -> {
			Api.Response similar = ansatt().get("/api/v1/search/similar?q=" + encode("vindmølleperm for pappa") + "&limit=3");
			assertThat(similar.status()).isEqualTo(200);
			JsonNode first = similar.json().get(0);
			assertThat(first.path("id").asLong()).isEqualTo(close);
			assertThat(first.path("title").asString()).isEqualTo("Vindmølleperm for fedre");
			assertThat(first.path("space").path("id").asLong()).isEqualTo(space);
			assertThat(first.path("space").path("name").asString()).isEqualTo(Searching.RULES);
			assertThat(first.path("verified").isBoolean()).isTrue();
			assertThat(first.path("score").asDouble()).isGreaterThan(similar.json().get(1).path("score").asDouble());
			assertThat(similar.json().findValuesAsString("id")).contains(Long.toString(far));
			assertThat(similar.json().size()).isEqualTo(3);
		});
	}

	@Test
	void ofTwoEquallyGoodMatchesTheVerifiedAnswerComesFirst() {
		long space = ForumSteps.space(ansatt(), Searching.RULES);
		long plain = ask(ansatt(), space, "Pingvinstønad utbetaling", "Når utbetales pingvinstønad?");
		long checked = ask(ansatt(), space, "Pingvinstønad utbetaling", "Når utbetales pingvinstønad?");
		long answer = reply(api().asDemo("fagperson"), checked, "Den tjuende.");
		reply(api().asDemo("fagperson"), plain, "Den tjuende.");
		api().asDemo("moderator").post("/api/v1/discussions/" + checked + "/verified-answer", "{\"messageId\": " + answer + "}");

		onceIndexed(() -> {
			JsonNode similar = ansatt().get("/api/v1/search/similar?q=" + encode("pingvinstønad utbetaling")).json();
			assertThat(similar.get(0).path("id").asLong()).isEqualTo(checked);
			assertThat(similar.get(0).path("verified").asBoolean()).isTrue();
			assertThat(similar.get(1).path("id").asLong()).isEqualTo(plain);
		});
	}

	@Test
	void snippetsMarkTheMatchedWordsAndEscapeEverythingElse() {
		long space = ForumSteps.space(ansatt(), Searching.RULES);
		long asked = ask(ansatt(), space, "Skjema for <b>ekornpenger</b>",
				"Hvor finner jeg <script>alert(1)</script> skjema for ekornpenger?");

		onceIndexed(() -> {
			JsonNode hit = ansatt().get("/api/v1/search?q=ekornpenger").json().path("items").get(0);
			assertThat(hit.path("id").asLong()).isEqualTo(asked);
			String html = hit.path("titleHtml").asString() + hit.path("snippetHtml").asString();
			assertThat(html).contains("<mark>ekornpenger</mark>").contains("&lt;script&gt;").doesNotContain("<script>")
				.doesNotContain("<b>");
		});
	}

	@Test
	void filtersAndSortingNarrowAndOrderThePage() {
		long space = ForumSteps.space(ansatt(), Searching.RULES);
		long older = ask(ansatt(), space, "Elgjaktpermisjon første", "Gjelder elgjaktpermisjon for alle?");
		long newer = ask(ansatt(), space, "Elgjaktpermisjon andre", "Elgjaktpermisjon elgjaktpermisjon igjen?");

		onceIndexed(() -> {
			JsonNode page = ansatt().get("/api/v1/search?q=elgjaktpermisjon&sort=newest&size=1").json();
			assertThat(page.path("items").get(0).path("id").asLong()).isEqualTo(newer);
			assertThat(page.path("totalElements").asLong()).isEqualTo(2);
			assertThat(page.path("totalPages").asInt()).isEqualTo(2);
			JsonNode second = ansatt().get("/api/v1/search?q=elgjaktpermisjon&sort=newest&size=1&page=1").json();
			assertThat(second.path("items").get(0).path("id").asLong()).isEqualTo(older);
		});
		assertThat(Searching.searchIds(ansatt(), "q=elgjaktpermisjon&kind=GROUP")).isEmpty();
		assertThat(Searching.searchIds(ansatt(), "q=elgjaktpermisjon&kind=topic&status=open&space=" + space))
			.containsExactlyInAnyOrder(older, newer);
		assertThat(Searching.searchIds(ansatt(), "q=elgjaktpermisjon&status=VERIFIED")).isEmpty();
		assertThat(Searching.searchIds(ansatt(), "q=elgjaktpermisjon&from=2000-01-01&to=2001-01-01")).isEmpty();
		assertThat(Searching.searchIds(ansatt(), "q=elgjaktpermisjon&from=2000-01-01")).contains(older, newer);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "*", ":", "((foreldrepenger", "foreldrepenger]", "AND", "-", "title:foreldrepenger OR *:*",
			"\"unbalanced quote", "a && b || !c", "~2^3", "\\", "/regex/", "?", "{}[]" })
	void operatorLadenQueriesAreSearchedAsText(String query) {
		Api.Response search = ansatt().get("/api/v1/search?q=" + encode(query));
		Api.Response similar = ansatt().get("/api/v1/search/similar?q=" + encode(query));

		assertThat(search.status()).as(search.body()).isEqualTo(200);
		assertThat(similar.status()).as(similar.body()).isEqualTo(200);
	}

	@Test
	void anEmptyQuestionIsA400NamingQ() {
		Api.Response missing = ansatt().get("/api/v1/search/similar");
		Api.Response blank = ansatt().get("/api/v1/search/similar?q=%20%20");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.isProblem()).isTrue();
		assertThat(missing.json().path("field").asString()).isEqualTo("q");
		assertThat(blank.json().path("field").asString()).isEqualTo("q");
	}

	@Test
	void anEmptySearchListsTheNewestReadableDiscussions() {
		Api.Response all = ansatt().get("/api/v1/search");

		assertThat(all.status()).isEqualTo(200);
		assertThat(all.json().path("items").size()).isPositive();
	}

	@Test
	void aTooLongQueryIsA400NamingQ() {
		String tooLong = "sykepenger ".repeat(100);

		Api.Response search = ansatt().get("/api/v1/search?q=" + encode(tooLong));
		Api.Response similar = ansatt().get("/api/v1/search/similar?q=" + encode(tooLong));

		assertThat(search.status()).isEqualTo(400);
		assertThat(search.json().path("field").asString()).isEqualTo("q");
		assertThat(similar.json().path("field").asString()).isEqualTo("q");
		assertThat(ansatt().get("/api/v1/search/similar?q=" + encode("sykepenger ".repeat(90))).status()).isEqualTo(200);
	}

	@Test
	void badFiltersAndLimitsAre400sNamingTheParameter() {
		assertThat(field(ansatt().get("/api/v1/search/similar?q=aap&limit=21"))).isEqualTo("limit");
		assertThat(field(ansatt().get("/api/v1/search/similar?q=aap&limit=0"))).isEqualTo("limit");
		assertThat(field(ansatt().get("/api/v1/search?q=aap&status=DONE"))).isEqualTo("status");
		assertThat(field(ansatt().get("/api/v1/search?q=aap&kind=PLANET"))).isEqualTo("kind");
		assertThat(field(ansatt().get("/api/v1/search?q=aap&sort=oldest"))).isEqualTo("sort");
		assertThat(field(ansatt().get("/api/v1/search?q=aap&from=2026-02-01&to=2026-01-01"))).isEqualTo("to");
		assertThat(field(ansatt().get("/api/v1/search?q=aap&size=500"))).isEqualTo("size");
		assertThat(field(ansatt().get("/api/v1/search?q=aap&page=100&size=200"))).isEqualTo("page");
		assertThat(ansatt().get("/api/v1/search?from=yesterday").status()).isEqualTo(400);
	}

	@Test
	void searchingNeedsALogin() {
		Api.Response anonymous = api().get("/api/v1/search/similar?q=aap");

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.isProblem()).isTrue();
	}

	private static String field(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		return response.json().path("field").asString();
	}

}
