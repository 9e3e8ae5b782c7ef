package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TimePasses;
import tools.jackson.databind.JsonNode;

/**
 * A nettprat from the question to the answer: the asker always sees their own question, anonymous questions carry
 * no asker for anyone, only the event's moderators moderate, votes are one per person on approved questions, and
 * merged votes follow.
 */
@AlsoOnTheEmbeddedDatabase
class NettpratIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoListsAComingNettpratAndAnArchivedOne() {
		JsonNode items = api().asDemo("ansatt").get("/api/v1/events/live").json().path("items");
		assertThat(items.valueStream().map(item -> item.path("state").asString()))
			.contains("SCHEDULED", "ARCHIVED");
		assertThat(items.get(0).has("startsAt")).isTrue();
		assertThat(items.get(0).has("endsAt")).isTrue();
	}

	@Test
	void aQuestionGoesFromPendingToApprovedToAnsweredAndItsAskerSeesEachState() {
		long event = Nettprat.liveEvent(api());
		Api asker = api().asDemo("ansatt");
		long question = Nettprat.ask(asker, event, "Når kommer den nye veilederen?", false);
		assertThat(mine(asker, event, question).path("status").asString()).isEqualTo("PENDING");
		assertThat(publicIds(event)).doesNotContain(question);

		assertThat(api().asDemo("ansatt2").post(Nettprat.path(event, question, "approve"), "").status()).isEqualTo(403);
		assertThat(api().asDemo("leder").post(Nettprat.path(event, question, "approve"), "").status()).isEqualTo(403);
		assertThat(api().asDemo("moderator").post(Nettprat.path(event, question, "approve"), "").status()).isEqualTo(200);
		assertThat(mine(asker, event, question).path("status").asString()).isEqualTo("APPROVED");
		assertThat(publicIds(event)).contains(question);

		assertThat(api().asDemo("moderator").post(Nettprat.path(event, question, "answer"), "{\"body\": \"Nei.\"}").status())
			.isEqualTo(403);
		Api.Response typed = api().asDemo("fagperson").post(Nettprat.path(event, question, "answer"),
				"{\"body\": \"Den kommer i januar.\"}");
		assertThat(typed.status()).as(typed.body()).isEqualTo(200);
		JsonNode answered = mine(asker, event, question);
		assertThat(answered.path("status").asString()).isEqualTo("ANSWERED");
		assertThat(answered.path("answer").asString()).isEqualTo("Den kommer i januar.");
		JsonNode shown = publicQuestion(event, question);
		assertThat(shown.path("answeredBy").path("name").asString()).isEqualTo("Kari Aasen");
		assertThat(shown.path("typedBy").path("name").asString()).isEqualTo("Per Kristian Moen");
	}

	@Test
	void anAnonymousQuestionShowsNoAskerToModeratorsOrReadersButItsAskerFindsIt() {
		long event = Nettprat.liveEvent(api());
		long question = Nettprat.ask(api().asDemo("ansatt3"), event, "Får vi flere folk neste år?", true);
		assertThat(mine(api().asDemo("ansatt3"), event, question).path("anonymous").asBoolean()).isTrue();
		assertThat(api().asDemo("ansatt2").get("/api/v1/events/live/" + event + "/questions/mine").json()).isEmpty();

		Api.Response queue = api().asDemo("moderator").get("/api/v1/events/live/" + event + "/questions/queue");
		assertThat(queue.body()).doesNotContain("Fatima Ali");
		assertThat(queue.json().get(0).path("asker").isNull()).isTrue();
		api().asDemo("moderator").post(Nettprat.path(event, question, "approve"), "");
		assertThat(api().asDemo("ansatt").get("/api/v1/events/live/" + event).body()).doesNotContain("Fatima Ali");
	}

	@Test
	void declinedQuestionsTellTheirAskerWhyAndVotesAreOnePerPersonOnApprovedQuestions() {
		long event = Nettprat.liveEvent(api());
		long pending = Nettprat.ask(api().asDemo("ansatt"), event, "Hva med lønn?", false);
		assertThat(api().asDemo("ansatt2").post(Nettprat.path(event, pending, "votes"), "").problemType())
			.isEqualTo("urn:samtale:problem:not-votable");
		assertThat(api().asDemo("moderator").post(Nettprat.path(event, pending, "decline"), "{\"reason\": \"\"}").status())
			.isEqualTo(400);
		api().asDemo("moderator").post(Nettprat.path(event, pending, "decline"), "{\"reason\": \"Tas lokalt.\"}");
		assertThat(mine(api().asDemo("ansatt"), event, pending).path("declineReason").asString()).isEqualTo("Tas lokalt.");
		assertThat(api().asDemo("ansatt2").post(Nettprat.path(event, pending, "votes"), "").status()).isEqualTo(409);

		long approved = Nettprat.approved(api(), event, "Kommer det nye systemer?");
		Api.Response first = api().asDemo("ansatt2").post(Nettprat.path(event, approved, "votes"), "");
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("votes").asInt()).isEqualTo(1);
		Api.Response second = api().asDemo("ansatt2").post(Nettprat.path(event, approved, "votes"), "");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.problemType()).isEqualTo("urn:samtale:problem:already-voted");
	}

	@Test
	void mergedQuestionsTakeTheirVotesAlongEachVoterCountedOnce() {
		long event = Nettprat.liveEvent(api());
		long into = Nettprat.approved(api(), event, "Når blir dobbeltføringen borte?");
		long duplicate = Nettprat.approved(api(), event, "Blir dobbeltføring fjernet?");
		api().asDemo("ansatt2").post(Nettprat.path(event, into, "votes"), "");
		api().asDemo("ansatt2").post(Nettprat.path(event, duplicate, "votes"), "");
		api().asDemo("ansatt3").post(Nettprat.path(event, duplicate, "votes"), "");

		assertThat(api().asDemo("moderator").get(Nettprat.path(event, duplicate, "similar")).body()).contains(
				"\"id\":" + into);
		assertThat(api().asDemo("moderator").post(Nettprat.path(event, duplicate, "merge"), "{\"intoId\": " + duplicate + "}")
			.status()).isEqualTo(400);
		assertThat(api().asDemo("ansatt").post(Nettprat.path(event, duplicate, "merge"), "{\"intoId\": " + into + "}")
			.status()).isEqualTo(403);
		assertThat(api().asDemo("moderator").post(Nettprat.path(event, duplicate, "merge"), "{\"intoId\": " + into + "}")
			.status()).isEqualTo(200);

		assertThat(publicQuestion(event, into).path("votes").asInt()).isEqualTo(2);
		JsonNode merged = mine(api().asDemo("ansatt"), event, duplicate);
		assertThat(merged.path("status").asString()).isEqualTo("MERGED");
		assertThat(merged.path("mergedIntoId").asLong()).isEqualTo(into);
	}

	@Test
	void theQueueFollowsTheModeratorsOrderAndTheLeaderSeesTheNextThree() {
		long event = Nettprat.liveEvent(api());
		long a = Nettprat.approved(api(), event, "Første spørsmål");
		long b = Nettprat.approved(api(), event, "Andre spørsmål");
		long c = Nettprat.approved(api(), event, "Tredje spørsmål");
		long d = Nettprat.approved(api(), event, "Fjerde spørsmål");
		String order = "{\"questionIds\": [%d, %d, %d, %d]}".formatted(d, b, a, c);
		assertThat(api().asDemo("leder").put("/api/v1/events/live/" + event + "/questions/order", order).status())
			.isEqualTo(403);
		assertThat(api().asDemo("moderator").put("/api/v1/events/live/" + event + "/questions/order", order).status())
			.isEqualTo(204);
		JsonNode next = api().asDemo("leder").get("/api/v1/events/live/" + event + "/questions/next").json();
		assertThat(next.valueStream().map(q -> q.path("id").asLong())).containsExactly(d, b, a);
		assertThat(api().asDemo("ansatt").get("/api/v1/events/live/" + event + "/questions/next").status()).isEqualTo(403);
	}

	@Test
	void badQuestionsAreRefusedAndNothingIsWritten() {
		long event = Nettprat.liveEvent(api());
		Api asker = api().asDemo("ansatt2");
		String base = "/api/v1/events/live/" + event + "/questions";
		assertThat(asker.post(base, "{\"text\": \"   \", \"anonymous\": false}").status()).isEqualTo(400);
		assertThat(asker.post(base, "{\"text\": \"%s\", \"anonymous\": false}".formatted("x".repeat(1001))).status())
			.isEqualTo(400);
		Api.Response identity = asker.post(base, "{\"text\": \"Hva med saken til 15088510140?\", \"anonymous\": true}");
		assertThat(identity.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(asker.get(base + "/mine").json()).isEmpty();

		long ended = Nettprat.event(api(), Instant.now().minus(Duration.ofHours(2)), Instant.now().minus(Duration.ofHours(1)));
		Api.Response late = asker.post("/api/v1/events/live/" + ended + "/questions", "{\"text\": \"For sent?\", \"anonymous\": false}");
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.problemType()).isEqualTo("urn:samtale:problem:event-ended");
		assertThat(asker.get("/api/v1/events/live/999999999").status()).isEqualTo(404);
	}

	@Test
	void anEndedNettpratIsArchivedAsASearchableDiscussionAndUnansweredQuestionsGetOwners() throws Exception {
		// Time enough for the steps before the end on a loaded machine; then the end passes (TimePasses).
		Instant end = Instant.now().plus(Duration.ofHours(1));
		long event = Nettprat.event(api(), Instant.now().minus(Duration.ofMinutes(5)), end);
		long answered = Nettprat.approved(api(), event, "Hva skjer med arkivet etterpå?");
		api().asDemo("leder").post(Nettprat.path(event, answered, "answer"), "{\"body\": \"Det blir en tråd i forumet.\"}");
		long given = Nettprat.approved(api(), event, "Hvem svarer på det vi ikke rakk?");
		long left = Nettprat.ask(api().asDemo("ansatt2"), event, "Kommer det flere nettprater?", true);
		long helper = no.samtale.support.ForumSteps.userId(api().asDemo("admin"), "fagperson2");
		String owner = "{\"ownerId\": %d, \"dueOn\": \"%s\"}".formatted(helper, java.time.LocalDate.now().plusDays(3));
		assertThat(api().asDemo("ansatt").put(Nettprat.path(event, given, "owner"), owner).status()).isEqualTo(403);
		assertThat(api().asDemo("moderator").put(Nettprat.path(event, given, "owner"), owner).status()).isEqualTo(204);
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		assertThat(api().asDemo("moderator").post("/api/v1/events/live/" + event + "/archive", "{\"spaceId\": " + space + "}")
			.problemType()).isEqualTo("urn:samtale:problem:event-not-ended");
		TimePasses.past(jdbc, "events_live", "ends_at", event);

		Api.Response archived = api().asDemo("moderator").post("/api/v1/events/live/" + event + "/archive",
				"{\"spaceId\": " + space + "}");
		assertThat(archived.status()).as(archived.body()).isEqualTo(200);
		long discussion = archived.json().path("discussionId").asLong();
		String thread = api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).body();
		// Approved questions go into the archive, answered or with their owner; one never approved stays out of it.
		assertThat(thread).contains("Det blir en tråd i forumet.", "Hvem svarer på det vi ikke rakk?", "Lene Strand")
			.doesNotContain("Kommer det flere nettprater?");
		JsonNode shown = api().asDemo("ansatt").get("/api/v1/events/live/" + event).json();
		assertThat(shown.path("state").asString()).isEqualTo("ARCHIVED");
		assertThat(shown.path("archivedDiscussionId").asLong()).isEqualTo(discussion);
		assertThat(mine(api().asDemo("ansatt2"), event, left).path("owner").path("name").asString()).isEqualTo("Kari Aasen");

		assertThat(api().asDemo("fagperson2").get("/api/v1/events/live/owned").body()).contains("Hvem svarer på det vi ikke rakk?");
		assertThat(api().asDemo("fagperson2").post(Nettprat.path(event, given, "answer"), "{\"body\": \"Jeg svarer skriftlig.\"}")
			.status()).isEqualTo(200);
		assertThat(mine(api().asDemo("ansatt"), event, given).path("answer").asString()).isEqualTo("Jeg svarer skriftlig.");
		assertThat(api().asDemo("ansatt3").post(Nettprat.path(event, left, "answer"), "{\"body\": \"Nei.\"}").status())
			.isEqualTo(403);
	}

	private JsonNode mine(Api asker, long event, long question) {
		for (JsonNode item : asker.get("/api/v1/events/live/" + event + "/questions/mine").json()) {
			if (item.path("id").asLong() == question) {
				return item;
			}
		}
		throw new AssertionError("The asker does not see question " + question);
	}

	private java.util.List<Long> publicIds(long event) {
		return api().asDemo("ansatt2").get("/api/v1/events/live/" + event).json().path("questions").valueStream()
			.map(q -> q.path("id").asLong()).toList();
	}

	private JsonNode publicQuestion(long event, long question) {
		return api().asDemo("ansatt2").get("/api/v1/events/live/" + event).json().path("questions").valueStream()
			.filter(q -> q.path("id").asLong() == question).findFirst().orElseThrow();
	}

}
