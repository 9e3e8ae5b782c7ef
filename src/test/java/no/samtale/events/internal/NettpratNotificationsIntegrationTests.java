package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import no.samtale.events.NettpratQuestionSettled;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TimePasses;

/**
 * Who hears what of a nettprat: the people named on it when it is scheduled, when they are added and when it moves;
 * an asker what became of their question, an anonymous one without any row naming them; an owner of unanswered
 * questions when given them and once before they are due. Never whoever acted, and each once.
 */
@AlsoOnTheEmbeddedDatabase
class NettpratNotificationsIntegrationTests extends IntegrationTest {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LiveOwnerReminders reminders;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void thePeopleNamedOnANettpratAreToldWhenItIsScheduledWithThemWhenAddedAndWhenItMovesButNotWhoeverDidIt() {
		Instant start = Instant.now().plus(Duration.ofDays(2));
		long event = Nettprat.event(api(), start, start.plus(Duration.ofHours(1)));
		String title = api().asDemo("ansatt").get("/api/v1/events/live/" + event).json().path("title").asString();

		awaitKinds("fagperson", event, "NETTPRAT_HELPER_ADDED");
		awaitKinds("moderator", event, "NETTPRAT_MODERATOR_ADDED");
		JsonNode told = about(api().asDemo("moderator"), event).get(0);
		assertThat(told.path("text").asString()).isEqualTo(title);

		Api.Response changed = api().asDemo("leder").put("/api/v1/events/live/" + event + "/people", """
				{"leaderIds": [%d, %d], "helperIds": [%d, %d], "moderatorIds": [%d, %d]}
				""".formatted(id("leder"), id("leder2"), id("fagperson"), id("moderator2"), id("moderator"), id("moderator2")));
		assertThat(changed.status()).as(changed.body()).isEqualTo(204);
		awaitKinds("leder2", event, "NETTPRAT_LEADER_ADDED");
		// Made helper and moderator at once, she is told once, by the weightier role.
		awaitKinds("moderator2", event, "NETTPRAT_MODERATOR_ADDED");

		Api.Response moved = api().asDemo("moderator").put("/api/v1/events/live/" + event + "/schedule",
				"{\"startsAt\": \"%s\", \"endsAt\": \"%s\"}".formatted(start.plus(Duration.ofDays(1)),
						start.plus(Duration.ofDays(1).plusHours(1))));
		assertThat(moved.status()).as(moved.body()).isEqualTo(204);
		awaitKinds("leder", event, "NETTPRAT_MOVED");
		awaitKinds("leder2", event, "NETTPRAT_LEADER_ADDED", "NETTPRAT_MOVED");
		awaitKinds("fagperson", event, "NETTPRAT_HELPER_ADDED", "NETTPRAT_MOVED");
		awaitKinds("moderator2", event, "NETTPRAT_MODERATOR_ADDED", "NETTPRAT_MOVED");
		awaitNettpratFactsHeard();
		assertThat(kinds("moderator", event)).as("not the one who moved it, and the unchanged not told again")
			.containsExactly("NETTPRAT_MODERATOR_ADDED");
		assertThat(kinds("ansatt", event)).as("nobody else").isEmpty();
	}

	@Test
	void anAskerIsToldWhatBecameOfTheirQuestionAndAnAnonymousAskerIsNamedInNoRow() {
		long event = Nettprat.liveEvent(api());
		long named = Nettprat.approved(api(), event, "Blir det flere stillinger i år?");
		long declined = Nettprat.ask(api().asDemo("ansatt2"), event, "Hva tjener du?", false);
		long anonymous = Nettprat.ask(api().asDemo("veileder2"), event, "Hvorfor er systemene så trege?", true);
		long mergedAway = Nettprat.ask(api().asDemo("veileder3"), event, "Kommer det nye stillinger?", true);
		long ownQuestion = Nettprat.ask(api().asDemo("leder"), event, "Hva synes lederne selv?", true);
		Api moderator = api().asDemo("moderator");
		assertThat(moderator.post(Nettprat.path(event, declined, "decline"), "{\"reason\": \"Personlig.\"}").status())
			.isEqualTo(200);
		assertThat(moderator.post(Nettprat.path(event, mergedAway, "merge"), "{\"intoId\": " + named + "}").status())
			.isEqualTo(200);
		for (long question : List.of(anonymous, ownQuestion)) {
			assertThat(moderator.post(Nettprat.path(event, question, "approve"), "").status()).isEqualTo(200);
		}
		Api leader = api().asDemo("leder");
		for (long question : List.of(named, anonymous, ownQuestion)) {
			Api.Response answered = leader.post(Nettprat.path(event, question, "answer"), "{\"body\": \"Svaret.\"}");
			assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		}

		awaitKinds("ansatt", event, "NETTPRAT_QUESTION_ANSWERED");
		awaitKinds("ansatt2", event, "NETTPRAT_QUESTION_DECLINED");
		awaitKinds("veileder2", event, "NETTPRAT_QUESTION_ANSWERED");
		awaitKinds("veileder3", event, "NETTPRAT_QUESTION_ANSWERED", "NETTPRAT_QUESTION_MERGED");
		awaitNettpratFactsHeard();
		assertThat(kinds("leder", event)).as("who answered their own anonymous question").isEmpty();
		assertThat(kinds("moderator", event)).as("who moderated").containsExactly("NETTPRAT_MODERATOR_ADDED");

		// The anonymous askers' notifications are kept under the hash their questions keep, naming nobody.
		for (long question : List.of(anonymous, mergedAway)) {
			String askerKey = jdbc.sql("select asker_key from events_question where id = :id").param("id", question)
				.query(String.class).single();
			assertThat(jdbc.sql("select count(*) from notifications_notification where recipient_key = :key and recipient_id is null")
				.param("key", askerKey).query(Long.class).single()).isPositive();
		}
		assertThat(jdbc.sql("""
				select count(*) from notifications_notification where nettprat_id = :event and recipient_id in (:askers)
				""").param("event", event).param("askers", List.of(id("veileder2"), id("veileder3")))
			.query(Long.class).single()).as("no row names an anonymous asker").isZero();

		// Only its asker reads a sealed notification; told again of the same outcome, nobody is told twice.
		long sealed = about(api().asDemo("veileder2"), event).get(0).path("id").asLong();
		assertThat(api().asDemo("ansatt").post("/api/v1/notifications/" + sealed + "/read", "").status()).isEqualTo(404);
		Api veileder2 = api().asDemo("veileder2");
		long unread = veileder2.get("/api/v1/notifications/unread-count").json().path("count").asLong();
		assertThat(veileder2.post("/api/v1/notifications/" + sealed + "/read", "").status()).isEqualTo(204);
		assertThat(veileder2.get("/api/v1/notifications/unread-count").json().path("count").asLong()).isEqualTo(unread - 1);
		String key = jdbc.sql("select asker_key from events_question where id = :id").param("id", anonymous)
			.query(String.class).single();
		transactions.executeWithoutResult(status -> publisher.publishEvent(new NettpratQuestionSettled(event, "Igjen",
				anonymous, NettpratQuestionSettled.Outcome.ANSWERED, null, key, id("leder"), Instant.now())));
		transactions.executeWithoutResult(status -> publisher.publishEvent(new NettpratQuestionSettled(event, "Igjen",
				named, NettpratQuestionSettled.Outcome.ANSWERED, id("ansatt"), null, id("leder"), Instant.now())));
		awaitNettpratFactsHeard();
		assertThat(kinds("veileder2", event)).containsExactly("NETTPRAT_QUESTION_ANSWERED");
		assertThat(kinds("ansatt", event)).containsExactly("NETTPRAT_QUESTION_ANSWERED");
	}

	@Test
	void anAnonymousAskersOpenPageIsSentWhatBecameOfTheirQuestionLive() throws Exception {
		long event = Nettprat.liveEvent(api());
		long question = Nettprat.ask(api().asDemo("veileder4"), event, "Hvem bestemmer turnusen?", true);
		HttpResponse<Stream<String>> page = HttpClient.newHttpClient().sendAsync(
				HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/notifications/stream"))
					.header("Authorization", "Bearer demo-token-veileder4").header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
		assertThat(page.statusCode()).isEqualTo(200);

		assertThat(api().asDemo("moderator").post(Nettprat.path(event, question, "decline"), "{\"reason\": \"Ikke tema.\"}")
			.status()).isEqualTo(200);

		CompletableFuture<String> sent = CompletableFuture.supplyAsync(() -> {
			Iterator<String> lines = page.body().iterator();
			while (lines.hasNext()) {
				String line = lines.next();
				// Other tests may tell this person things too; this nettprat's must arrive.
				if (line.startsWith("data:") && line.contains("\"nettpratId\":" + event)) {
					return line;
				}
			}
			return "";
		});
		assertThat(sent.get(10, TimeUnit.SECONDS)).contains("NETTPRAT_QUESTION_DECLINED");
		page.body().close();
	}

	@Test
	void anOwnerIsToldOfTheQuestionsGivenThemAndRemindedOnceBeforeTheyAreDue() {
		long event = Nettprat.liveEvent(api());
		long given = Nettprat.approved(api(), event, "Hvem svarer på det vi ikke rakk?");
		long answeredLater = Nettprat.approved(api(), event, "Hva skjer med budsjettet?");
		long leftOpen = Nettprat.ask(api().asDemo("ansatt2"), event, "Kommer det flere nettprater?", true);
		LocalDate today = LocalDate.now(OSLO);
		Api.Response owned = api().asDemo("moderator").put(Nettprat.path(event, given, "owner"),
				"{\"ownerId\": %d, \"dueOn\": \"%s\"}".formatted(id("leder2"), today.plusDays(5)));
		assertThat(owned.status()).as(owned.body()).isEqualTo(204);
		awaitKinds("leder2", event, "NETTPRAT_QUESTIONS_OWNED");

		TimePasses.past(jdbc, "events_live", "ends_at", event);
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		Api.Response archived = api().asDemo("moderator").post("/api/v1/events/live/" + event + "/archive",
				"{\"spaceId\": " + space + "}");
		assertThat(archived.status()).as(archived.body()).isEqualTo(200);
		awaitKinds("leder", event, "NETTPRAT_QUESTIONS_OWNED");
		awaitNettpratFactsHeard();
		assertThat(kinds("leder", event)).as("once for both questions the archive gave her").hasSize(1);

		Instant now = Instant.now();
		reminders.remind(now);
		assertThat(remindedOf(event)).as("nothing is due yet").isEmpty();
		reminders.remind(now.plus(Duration.ofDays(3)));
		reminders.remind(now.plus(Duration.ofDays(3)));
		assertThat(remindedOf(event)).containsExactly(given);
		awaitKinds("leder2", event, "NETTPRAT_QUESTIONS_OWNED", "NETTPRAT_QUESTIONS_DUE");

		Api.Response answered = api().asDemo("leder").post(Nettprat.path(event, answeredLater, "answer"),
				"{\"body\": \"Skriftlig svar.\"}");
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		reminders.remind(now.plus(Duration.ofDays(13)));
		assertThat(remindedOf(event)).as("not the question answered meanwhile").containsExactly(given, leftOpen);
		awaitKinds("leder", event, "NETTPRAT_QUESTIONS_OWNED", "NETTPRAT_QUESTIONS_DUE");
		awaitNettpratFactsHeard();
		assertThat(kinds("leder2", event)).as("reminded once").hasSize(2);
	}

	/** Every nettprat fact published so far has been heard: a notification not there by now is not coming. */
	private void awaitNettpratFactsHeard() {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
				select count(*) from event_publication
				where event_type like 'no.samtale.events.Nettprat%' and completion_date is null
				""").query(Long.class).single()).isZero());
	}

	private List<Long> remindedOf(long event) {
		return jdbc.sql("""
				select r.question_id from events_live_owner_reminder r join events_question q on q.id = r.question_id
				where q.event_id = :event order by r.question_id
				""").param("event", event).query(Long.class).list();
	}

	/** Waits until the reader's notifications about the nettprat are exactly these kinds (in any order). */
	private void awaitKinds(String reader, long event, String... expected) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(kinds(reader, event)).containsExactlyInAnyOrder(expected));
	}

	private List<String> kinds(String reader, long event) {
		return about(api().asDemo(reader), event).stream().map(n -> n.path("kind").asString()).toList();
	}

	private static List<JsonNode> about(Api reader, long event) {
		return reader.get("/api/v1/notifications?size=100").json().path("items").valueStream()
			.filter(n -> n.path("nettpratId").asLong() == event)
			.toList();
	}

	private long id(String user) {
		return ForumSteps.userId(api().asDemo("admin"), user);
	}

}
