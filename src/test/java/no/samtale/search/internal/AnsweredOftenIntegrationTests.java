package no.samtale.search.internal;

import static no.samtale.search.internal.Searching.onceIndexed;
import static no.samtale.search.internal.Searching.searchIds;
import static no.samtale.support.ForumSteps.ask;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;

/**
 * Answers advisors inserted into inbox replies many times over are listed for those who write posts, most often
 * first, counted from the uses alone; only what the reader may read is shown, and bad input names its field.
 */
@AlsoOnTheEmbeddedDatabase
class AnsweredOftenIntegrationTests extends IntegrationTest {

	@Test
	void answersInsertedIntoInboxRepliesAreListedMostOftenFirstAndOnlyWhereTheReaderMayRead() {
		Api employee = api().asDemo("ansatt");
		long space = ForumSteps.space(employee, Searching.RULES);
		long often = ask(employee, space, "Grevlingpenger og ferie", "Får jeg grevlingpenger i ferien?");
		long seldom = ask(employee, space, "Grevlingpenger og skatt", "Trekkes det skatt av grevlingpenger?");
		Api admin = api().asDemo("admin");
		long group = admin.post("/api/v1/spaces", """
				{"kind": "GROUP", "name": "Lukket grevlinggruppe %d", "membership": "CLOSED"}""".formatted(System.nanoTime()))
			.json().path("id").asLong();
		admin.put("/api/v1/spaces/" + group + "/staff",
				"{\"moderatorIds\": [" + ForumSteps.userId(admin, "moderator2") + "], \"expertIds\": []}");
		long closed = ask(api().asDemo("moderator2"), group, "Grevlingpenger i pilot", "Hemmelig grevlingpilot.");
		onceIndexed(() -> assertThat(searchIds(api().asDemo("moderator2"), "q=grevlingpenger")).contains(often, seldom,
				closed));

		use(api().asDemo("veileder1"), often, "INBOX_REPLY", 3);
		use(api().asDemo("veileder2"), seldom, "INBOX_REPLY", 1);
		// Opened from the forum's ask form: an employee's own question, not a citizen's answered in the inbox.
		use(employee, seldom, "FORUM_ASK", 4);
		use(api().asDemo("veileder3"), closed, "INBOX_REPLY", 5);

		Api.Response list = api().asDemo("redaktor").get("/api/v1/search/answered-often?days=7&limit=50");
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		JsonNode first = find(list.json(), often);
		assertThat(first.path("times").asInt()).isEqualTo(3);
		assertThat(first.path("title").asString()).isEqualTo("Grevlingpenger og ferie");
		assertThat(first.path("source").asString()).isEqualTo("FORUM");
		assertThat(first.path("space").path("name").asString()).isEqualTo(Searching.RULES);
		assertThat(find(list.json(), seldom).path("times").asInt()).isEqualTo(1);
		assertThat(indexOf(list.json(), often)).isLessThan(indexOf(list.json(), seldom));
		assertThat(find(list.json(), closed)).as("a closed group's discussion the editor may not read").isNull();

		Api.Response moderator2 = api().asDemo("moderator2").get("/api/v1/search/answered-often?limit=50");
		assertThat(find(moderator2.json(), closed).path("times").asInt()).isEqualTo(5);
	}

	@Test
	void onlyThoseWhoWriteAnswersSeeTheListAndBadInputNamesItsField() {
		assertThat(api().asDemo("ansatt").get("/api/v1/search/answered-often").status()).isEqualTo(403);
		assertThat(api().asDemo("veileder1").get("/api/v1/search/answered-often").status()).isEqualTo(403);
		Api editor = api().asDemo("redaktor");
		Api.Response days = editor.get("/api/v1/search/answered-often?days=367");
		assertThat(days.status()).isEqualTo(400);
		assertThat(days.body()).contains("days");
		Api.Response limit = editor.get("/api/v1/search/answered-often?limit=0");
		assertThat(limit.status()).isEqualTo(400);
		assertThat(limit.body()).contains("limit");
	}

	private static void use(Api user, long discussion, String context, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(user.post("/api/v1/search/suggestion-uses",
					"{\"source\": \"FORUM\", \"id\": " + discussion + ", \"context\": \"" + context + "\"}").status())
				.isEqualTo(204);
		}
	}

	private static JsonNode find(JsonNode list, long id) {
		for (JsonNode item : list) {
			if (item.path("source").asString().equals("FORUM") && item.path("id").asLong() == id) {
				return item;
			}
		}
		return null;
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
