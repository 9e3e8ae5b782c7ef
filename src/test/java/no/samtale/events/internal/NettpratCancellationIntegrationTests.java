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
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TimePasses;

/**
 * Cancelling a nettprat before it starts: by its leaders and moderators only, with a reason; it shows as cancelled
 * with the reason, its forum announcement and its open pages say so, its people and every asker (an anonymous one
 * under their keyed hash) are told once, and nothing more happens on it. Every refusal leaves everything as it was.
 */
@AlsoOnTheEmbeddedDatabase
class NettpratCancellationIntegrationTests extends IntegrationTest {

	private static final String REASON = "Lederen er syk. Vi setter opp en ny nettprat.";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LiveOwnerReminders reminders;

	@Test
	void aModeratorCancelsAScheduledNettpratAndEveryoneConcernedHearsWhy() throws Exception {
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		long event = scheduled(space);
		long named = Nettprat.ask(api().asDemo("ansatt"), event, "Blir det nye stillinger?", false);
		long anonymous = Nettprat.ask(api().asDemo("veileder4"), event, "Hvorfor er systemene trege?", true);
		Nettprat.ask(api().asDemo("veileder4"), event, "Og når blir de raskere?", true);
		Nettprat.ask(api().asDemo("fagperson"), event, "Helperen spør anonymt.", true);
		Nettprat.ask(api().asDemo("moderator"), event, "Moderatoren spør anonymt.", true);
		assertThat(show(event).path("canCancel").asBoolean()).isFalse();
		assertThat(api().asDemo("moderator").get(live(event)).json().path("canCancel").asBoolean()).isTrue();
		HttpResponse<Stream<String>> page = openStream(event);
		Iterator<String> lines = page.body().iterator();
		assertThat(lines.next()).isEqualTo(":connected");

		Api.Response cancelled = api().asDemo("moderator").post(live(event) + "/cancellation",
				"{\"reason\": \"  " + REASON + " \"}");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);

		JsonNode shown = show(event);
		assertThat(shown.path("state").asString()).isEqualTo("CANCELLED");
		assertThat(shown.path("cancelReason").asString()).isEqualTo(REASON);
		assertThat(Instant.parse(shown.path("cancelledAt").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(shown.path("canCancel").asBoolean()).isFalse();
		assertThat(shown.path("canManagePeople").asBoolean()).isFalse();
		JsonNode listed = api().asDemo("ansatt").get("/api/v1/events/live").json().path("items").valueStream()
			.filter(item -> item.path("id").asLong() == event)
			.findFirst()
			.orElseThrow();
		assertThat(listed.path("state").asString()).isEqualTo("CANCELLED");
		assertThat(listed.path("cancelReason").asString()).isEqualTo(REASON);

		long discussion = shown.path("announcementDiscussionId").asLong();
		assertThat(api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).json().path("messages")
			.findValuesAsString("body")).contains("Nettpraten er avlyst. Begrunnelse: " + REASON);

		String change = CompletableFuture.supplyAsync(() -> {
			while (lines.hasNext()) {
				String line = lines.next();
				if (line.startsWith("data:") && line.contains("\"kind\":\"CANCELLED\"")) {
					return line;
				}
			}
			return "";
		}).get(5, TimeUnit.SECONDS);
		assertThat(change).contains(REASON, "cancelledAt");
		page.body().close();

		for (String reader : List.of("leder", "fagperson", "ansatt", "veileder4")) {
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(cancellations(reader, event))
				.as(reader + " is told once, with the reason").singleElement()
				.satisfies(n -> assertThat(n.path("detail").asString()).isEqualTo(REASON)));
		}
		awaitNettpratFactsHeard();
		assertThat(cancellations("moderator", event)).as("not whoever cancelled it, nor under their hash").isEmpty();
		assertThat(cancellations("fagperson", event)).as("named and asking anonymously: told once").hasSize(1);
		assertThat(cancellations("ansatt2", event)).as("nobody else").isEmpty();
		String key = jdbc.sql("select asker_key from events_question where id = :id").param("id", anonymous)
			.query(String.class).single();
		assertThat(jdbc.sql("""
				select count(*) from notifications_notification
				where recipient_key = :key and recipient_id is null and kind = 'NETTPRAT_CANCELLED'
				""").param("key", key).query(Long.class).single()).as("the anonymous asker's is sealed").isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from notifications_notification where nettprat_id = :event and recipient_id = :id
				""").param("event", event).param("id", id("veileder4")).query(Long.class).single())
			.as("no row names the anonymous asker").isZero();
		assertThat(named).isPositive();
	}

	@Test
	void onlyItsLeadersAndModeratorsCancelAValidReasonAndNothingIsWrittenOnARefusal() {
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		long event = scheduled(space);
		long discussion = show(event).path("announcementDiscussionId").asLong();
		int posts = posts(discussion);

		assertThat(cancel("ansatt", event, REASON).status()).isEqualTo(403);
		assertThat(cancel("fagperson", event, REASON).status()).as("a helper does not move it either").isEqualTo(403);
		assertThat(cancel("moderator", 999_999_999L, REASON).status()).isEqualTo(404);
		for (String reason : List.of("", "   ", "x".repeat(LiveCancellation.MAX_REASON + 1))) {
			Api.Response bad = cancel("moderator", event, reason);
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.isProblem()).isTrue();
			assertThat(bad.json().path("errors").findValuesAsString("field")).contains("reason");
		}
		Api.Response personal = cancel("leder", event, "Ring 15088510140.");
		assertThat(personal.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(personal.json().path("errors").findValuesAsString("field")).contains("reason");
		assertThat(api().asDemo("moderator").post(live(event) + "/cancellation", "{}").status()).isEqualTo(400);

		assertThat(show(event).path("state").asString()).isEqualTo("SCHEDULED");
		assertThat(posts(discussion)).isEqualTo(posts);
		assertThat(changes(event)).isZero();

		assertThat(cancel("leder", event, REASON).status()).as("a leader cancels").isEqualTo(204);
		Api.Response twice = cancel("moderator", event, "Igjen.");
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.problemType()).isEqualTo("urn:samtale:problem:event-cancelled");
		assertThat(show(event).path("cancelReason").asString()).isEqualTo(REASON);
		assertThat(posts(discussion)).isEqualTo(posts + 1);
	}

	@Test
	void aNettpratThatHasStartedEndedOrBeenArchivedIsNotCancelled() {
		long running = Nettprat.liveEvent(api());
		assertStarted(cancel("moderator", running, REASON));

		long ended = Nettprat.liveEvent(api());
		TimePasses.past(jdbc, "events_live", "ends_at", ended);
		assertStarted(cancel("leder", ended, REASON));

		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		assertThat(api().asDemo("moderator").post(live(ended) + "/archive", "{\"spaceId\": " + space + "}").status())
			.isEqualTo(200);
		assertStarted(cancel("moderator", ended, REASON));

		for (long event : List.of(running, ended)) {
			assertThat(show(event).path("cancelledAt").isNull()).isTrue();
			assertThat(changes(event, "CANCELLED")).isZero();
		}
	}

	@Test
	void nothingMoreHappensOnACancelledNettpratAndItsOwnersAreNotReminded() {
		long event = Nettprat.event(api(), Instant.now().plus(Duration.ofDays(2)), Instant.now().plus(Duration.ofDays(2).plusHours(1)));
		long approved = Nettprat.approved(api(), event, "Hva med budsjettet?");
		long pending = Nettprat.ask(api().asDemo("ansatt2"), event, "Hva med turnusen?", false);
		LocalDate due = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(5);
		assertThat(api().asDemo("moderator").put(Nettprat.path(event, pending, "owner"),
				"{\"ownerId\": %d, \"dueOn\": \"%s\"}".formatted(id("leder2"), due)).status()).isEqualTo(204);
		assertThat(api().asDemo("leder2").get("/api/v1/events/live/owned").json().findValuesAsString("eventTitle"))
			.isNotEmpty();
		assertThat(cancel("moderator", event, REASON).status()).isEqualTo(204);
		long questions = count("select count(*) from events_question where event_id = " + event);
		long votes = count("select count(*) from events_question_vote where question_id = " + approved);

		List<Api.Response> refused = List.of(
				api().asDemo("ansatt2").post(live(event) + "/questions", "{\"text\": \"Er den avlyst?\"}"),
				api().asDemo("ansatt2").post(Nettprat.path(event, approved, "votes"), ""),
				api().asDemo("leder").post(Nettprat.path(event, approved, "answer"), "{\"body\": \"Svaret.\"}"),
				api().asDemo("moderator").post(Nettprat.path(event, pending, "approve"), ""),
				api().asDemo("moderator").post(Nettprat.path(event, pending, "decline"), "{\"reason\": \"Avlyst.\"}"),
				api().asDemo("moderator").put(live(event) + "/questions/order", "{\"questionIds\": [%d]}".formatted(pending)),
				api().asDemo("moderator").put(Nettprat.path(event, approved, "owner"),
						"{\"ownerId\": %d, \"dueOn\": \"%s\"}".formatted(id("leder2"), due)),
				api().asDemo("leder").put(live(event) + "/schedule", "{\"startsAt\": \"%s\", \"endsAt\": \"%s\"}".formatted(
						Instant.now().plus(Duration.ofDays(3)), Instant.now().plus(Duration.ofDays(3).plusHours(1)))),
				api().asDemo("leder").put(live(event) + "/people", """
						{"leaderIds": [%d], "moderatorIds": [%d]}""".formatted(id("leder"), id("moderator"))));
		for (Api.Response response : refused) {
			assertThat(response.status()).as(response.body()).isEqualTo(409);
			assertThat(response.problemType()).isEqualTo("urn:samtale:problem:event-cancelled");
		}
		// Its time passes: a cancelled nettprat is not archived after it either.
		jdbc.sql("update events_live set starts_at = :starts, ends_at = :ends where id = :id")
			.param("starts", java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(2))))
			.param("ends", java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
			.param("id", event)
			.update();
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		Api.Response archived = api().asDemo("moderator").post(live(event) + "/archive", "{\"spaceId\": " + space + "}");
		assertThat(archived.problemType()).isEqualTo("urn:samtale:problem:event-cancelled");

		assertThat(count("select count(*) from events_question where event_id = " + event)).isEqualTo(questions);
		assertThat(count("select count(*) from events_question_vote where question_id = " + approved)).isEqualTo(votes);
		assertThat(changes(event, "ANSWERED")).isZero();
		assertThat(show(event).path("state").asString()).as("cancelled, not ended, once its time passed")
			.isEqualTo("CANCELLED");
		assertThat(show(event).path("archivedDiscussionId").isNull()).isTrue();

		reminders.remind(Instant.now().plus(Duration.ofDays(4)));
		assertThat(count("""
				select count(*) from events_live_owner_reminder r join events_question q on q.id = r.question_id
				where q.event_id = %d""".formatted(event))).as("no reminder for a cancelled nettprat").isZero();
		assertThat(api().asDemo("leder2").get("/api/v1/events/live/owned").json().valueStream()
			.filter(q -> q.path("eventId").asLong() == event)).as("nor a task").isEmpty();
	}

	private long scheduled(long space) {
		Instant starts = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		Api.Response created = api().asDemo("leder").post("/api/v1/events/live", """
				{"title": "Allmøte %d", "description": "Spør ledelsen.", "startsAt": "%s", "endsAt": "%s",
				 "leaderIds": [%d], "helperIds": [%d], "moderatorIds": [%d], "announceInSpaceId": %d}
				""".formatted(System.nanoTime() % 100_000, starts, starts.plus(Duration.ofHours(1)), id("leder"),
				id("fagperson"), id("moderator"), space));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private Api.Response cancel(String who, long event, String reason) {
		return api().asDemo(who).post(live(event) + "/cancellation",
				"{\"reason\": \"" + reason + "\"}");
	}

	private static void assertStarted(Api.Response refused) {
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:event-started");
	}

	private JsonNode show(long event) {
		return api().asDemo("ansatt").get(live(event)).json();
	}

	private int posts(long discussion) {
		return api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).json().path("messages").size();
	}

	private long changes(long event) {
		return count("select count(*) from events_live_change where event_id = " + event);
	}

	private long changes(long event, String kind) {
		return count("select count(*) from events_live_change where event_id = %d and kind = '%s'".formatted(event, kind));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static String live(long event) {
		return "/api/v1/events/live/" + event;
	}

	private HttpResponse<Stream<String>> openStream(long event) throws Exception {
		return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(api().base() + live(event) + "/stream"))
			.header("Authorization", "Bearer demo-token-ansatt2")
			.header("Accept", "text/event-stream")
			.build(), HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
	}

	private void awaitNettpratFactsHeard() {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
				select count(*) from event_publication
				where event_type like 'no.samtale.events.Nettprat%' and completion_date is null
				""").query(Long.class).single()).isZero());
	}

	private List<JsonNode> cancellations(String reader, long event) {
		return api().asDemo(reader).get("/api/v1/notifications?size=100").json().path("items").valueStream()
			.filter(n -> n.path("nettpratId").asLong() == event && n.path("kind").asString().equals("NETTPRAT_CANCELLED"))
			.toList();
	}

	private long id(String user) {
		return ForumSteps.userId(api().asDemo("admin"), user);
	}

}
