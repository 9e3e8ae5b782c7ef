package no.samtale.search.internal;

import static no.samtale.search.internal.Searching.encode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * A search by words alone that finds nothing is counted without who asked, masked, as one question however it is
 * worded; editors and moderators list and dismiss them, others may not, and bad input names its field.
 */
@AlsoOnTheEmbeddedDatabase
class UnansweredQuestionsIntegrationTests extends IntegrationTest {

	@Test
	void searchesThatFindNothingAreCountedAnonymouslyAndListedMostAskedFirst() {
		Api employee = api().asDemo("ansatt");
		employee.get("/api/v1/search?q=" + encode("Hvordan får jeg flamingotillegg 08028944382"));
		api().asDemo("veileder1").get("/api/v1/search?q=" + encode("flamingotillegg hvordan jeg får"));
		employee.get("/api/v1/search?q=" + encode("flamingotillegg"));
		// A filter could explain the empty page, and later pages are not new questions: neither is counted.
		employee.get("/api/v1/search?status=OPEN&q=" + encode("hvordan får jeg flamingotillegg"));

		Api editor = api().asDemo("redaktor");
		Api.Response list = editor.get("/api/v1/search/unanswered?days=7");
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		JsonNode twice = find(list.json(), "flamingotillegg");
		assertThat(twice.path("times").asInt()).isEqualTo(2);
		assertThat(twice.path("question").asString()).doesNotContain("08028944382").doesNotContain("ansatt");
		assertThat(list.body()).doesNotContain("08028944382");
		JsonNode once = null;
		for (JsonNode q : list.json()) {
			if (q.path("question").asString().equalsIgnoreCase("flamingotillegg")) {
				once = q;
			}
		}
		assertThat(once).isNotNull();
		assertThat(once.path("times").asInt()).isEqualTo(1);
		// Most asked first.
		assertThat(indexOf(list.json(), twice.path("id").asLong())).isLessThan(indexOf(list.json(), once.path("id").asLong()));

		assertThat(api().asDemo("moderator").get("/api/v1/search/unanswered").status()).isEqualTo(200);
		assertThat(editor.delete("/api/v1/search/unanswered/" + twice.path("id").asLong()).status()).isEqualTo(204);
		assertThat(editor.get("/api/v1/search/unanswered?days=7").body()).doesNotContain("\"id\":" + twice.path("id").asLong() + ",");
	}

	@Test
	void onlyThoseWhoWriteAnswersSeeTheListAndBadInputNamesItsField() {
		assertThat(api().asDemo("ansatt").get("/api/v1/search/unanswered").status()).isEqualTo(403);
		assertThat(api().asDemo("veileder1").delete("/api/v1/search/unanswered/1").status()).isEqualTo(403);
		Api editor = api().asDemo("redaktor");
		Api.Response days = editor.get("/api/v1/search/unanswered?days=0");
		assertThat(days.status()).isEqualTo(400);
		assertThat(days.body()).contains("days");
		Api.Response limit = editor.get("/api/v1/search/unanswered?limit=201");
		assertThat(limit.status()).isEqualTo(400);
		assertThat(limit.body()).contains("limit");
		assertThat(editor.get("/api/v1/search/unanswered?days=many").status()).isEqualTo(400);
		assertThat(editor.delete("/api/v1/search/unanswered/987654321").status()).isEqualTo(404);
	}

	private static JsonNode find(JsonNode list, String word) {
		for (JsonNode q : list) {
			if (q.path("question").asString().toLowerCase().contains(word) && q.path("times").asInt() >= 2) {
				return q;
			}
		}
		throw new AssertionError("No counted question with " + word + " in " + list);
	}

	private static int indexOf(JsonNode list, long id) {
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).path("id").asLong() == id) {
				return i;
			}
		}
		return -1;
	}

}
