package no.samtale.search.internal;

import static no.samtale.search.internal.Searching.encode;
import static no.samtale.search.internal.Searching.onceIndexed;
import static no.samtale.support.ForumSteps.ask;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.search.SearchSource;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;

/**
 * A used suggestion is counted without who used it, lifts that document a little in later rankings, and a malformed
 * or too frequent record is refused naming nothing that exists.
 */
class SuggestionUsesIntegrationTests extends IntegrationTest {

	@Autowired
	SuggestionUses uses;

	@Autowired
	UseCounts counts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUsedSuggestionIsCountedAndBadInputIsRefused() {
		long before = uses.count(SearchSource.FORUM, 424242);
		Api advisor = api().asDemo("veileder1");

		Api.Response used = advisor.post("/api/v1/search/suggestion-uses",
				"{\"source\": \"FORUM\", \"id\": 424242, \"context\": \"INBOX_REPLY\"}");
		Api.Response noId = advisor.post("/api/v1/search/suggestion-uses",
				"{\"source\": \"FORUM\", \"context\": \"INBOX_REPLY\"}");
		Api.Response badContext = advisor.post("/api/v1/search/suggestion-uses",
				"{\"source\": \"FORUM\", \"id\": 1, \"context\": \"ELSEWHERE\"}");

		assertThat(used.status()).isEqualTo(204);
		assertThat(uses.count(SearchSource.FORUM, 424242)).isEqualTo(before + 1);
		assertThat(noId.status()).isEqualTo(400);
		assertThat(noId.body()).contains("id");
		assertThat(badContext.status()).isEqualTo(400);
	}

	@Test
	void ofTwoEquallyGoodMatchesTheOneAdvisorsUsedComesFirstButAClearlyBetterMatchStillLeads() {
		Api employee = api().asDemo("ansatt");
		long space = ForumSteps.space(employee, Searching.RULES);
		long first = ask(employee, space, "Oterstønad utbetalingsdato", "Når utbetales oterstønad hver måned?");
		long used = ask(employee, space, "Oterstønad utbetalingsdato", "Når utbetales oterstønad hver måned?");
		long weak = ask(employee, space, "Oterstønad for studenter", "Kan studenter søke om oterstønad?");
		String question = "/api/v1/search/similar?limit=10&q=" + encode("når utbetales oterstønad hver måned");
		onceIndexed(() -> {
			List<Long> ids = ids(employee.get(question));
			assertThat(ids.subList(0, 2)).containsExactly(first, used);
			assertThat(ids).contains(weak);
		});

		Api advisor = api().asDemo("veileder2");
		for (int i = 0; i < 3; i++) {
			assertThat(advisor.post("/api/v1/search/suggestion-uses",
					"{\"source\": \"FORUM\", \"id\": " + used + ", \"context\": \"INBOX_REPLY\"}").status()).isEqualTo(204);
		}
		// However often the weak match was used (twice the saturation), it gains at most a tenth: not enough to pass
		// a match of every word.
		insertUses("FORUM", weak, 2 * UsePrior.SATURATION, Instant.now());
		counts.recount();

		List<Long> ids = ids(employee.get(question));
		assertThat(ids.subList(0, 2)).containsExactly(used, first);
		assertThat(ids.indexOf(weak)).isGreaterThan(1);
		assertThat(counts.uses(IndexFields.documentKey(SearchSource.FORUM, used))).isEqualTo(3);
	}

	@Test
	void theRecountKeepsOnlyTheLastYearsUses() {
		long id = 9_100_000 + System.nanoTime() % 100_000;
		insertUses("CANNED", id, 2, Instant.now().minusSeconds(3600));
		insertUses("CANNED", id, 7, Instant.now().minus(UseCounts.WINDOW).minusSeconds(3600));

		counts.recount();

		assertThat(counts.uses(IndexFields.documentKey(SearchSource.CANNED, id))).isEqualTo(2);
	}

	@Test
	void oneCallerRecordingFasterThanAPersonCouldIsRefused() {
		Api advisor = api().asDemo("veileder5");
		int refused = 0;
		for (int i = 0; i < 40; i++) {
			Api.Response response = advisor.post("/api/v1/search/suggestion-uses",
					"{\"source\": \"FORUM\", \"id\": 1, \"context\": \"FORUM_ASK\"}");
			if (response.status() == 429) {
				refused++;
				assertThat(response.body()).contains("urn:samtale:problem:rate-limited");
			}
		}
		assertThat(refused).isGreaterThan(0);
	}

	private void insertUses(String source, long id, int times, Instant at) {
		for (int i = 0; i < times; i++) {
			jdbc.sql("""
					insert into search_suggestion_use (source, document_id, context, used_at)
					values (:source, :id, 'INBOX_REPLY', :at)
					""")
				.param("source", source).param("id", id).param("at", Timestamp.from(at)).update();
		}
	}

	private static List<Long> ids(Api.Response similar) {
		assertThat(similar.status()).as(similar.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		similar.json().forEach(hit -> ids.add(hit.path("id").asLong()));
		return ids;
	}

}
