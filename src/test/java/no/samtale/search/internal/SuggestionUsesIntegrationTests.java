package no.samtale.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.samtale.search.SearchSource;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** A used suggestion is counted without who used it; a malformed record is refused naming nothing that exists. */
class SuggestionUsesIntegrationTests extends IntegrationTest {

	@Autowired
	SuggestionUses uses;

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

}
