package no.samtale.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;

import no.samtale.support.Api;

/** Small steps the search tests share. */
final class Searching {

	static final String RULES = "Faglig veiledning på regelverksspørsmål";

	private Searching() {
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static List<Long> similarIds(Api api, String text) {
		Api.Response similar = api.get("/api/v1/search/similar?limit=20&q=" + encode(text));
		assertThat(similar.status()).as(similar.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		similar.json().forEach(hit -> ids.add(hit.path("id").asLong()));
		return ids;
	}

	static List<Long> searchIds(Api api, String query) {
		Api.Response found = api.get("/api/v1/search?size=50&" + query);
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		found.json().path("items").forEach(hit -> ids.add(hit.path("id").asLong()));
		return ids;
	}

	/**
	 * Waits for the index. The promise is "within a second" on a quiet machine (the indexer refreshes after each
	 * change); these tests check that a change reaches the index, not how fast. The indexer is an event listener that
	 * shares the module listeners' four threads with whatever the rest of the suite left running, on a loaded two-core
	 * build machine, so the wait allows ten seconds; it returns as soon as the index has the change.
	 */
	static void onceIndexed(Runnable assertion) {
		Awaitility.await()
			// Background work gets ten seconds, as everywhere in the suite; an index write is visible within milliseconds.
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			// Before the refresh a page may be empty, and reading its first item throws rather than asserts.
			.ignoreExceptions()
			.untilAsserted(assertion::run);
	}

}
