package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nettprat's live stream over real HTTP: an answer reaches an open page well within a second, every event
 * carries an id, approvals go out together per nettprat in ticks while answers go out at once, and a page that
 * reconnects with Last-Event-ID is sent what it missed.
 */
class NettpratStreamIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private LiveTicks ticks;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAnswerReachesAnOpenStreamWithinASecond() throws Exception {
		long event = Nettprat.liveEvent(api());
		long question = Nettprat.approved(api(), event, "Kommer svaret med en gang?");
		HttpResponse<Stream<String>> stream = open(event, null, null);
		assertThat(stream.statusCode()).isEqualTo(200);
		Iterator<String> lines = stream.body().iterator();
		assertThat(lines.next()).isEqualTo(":connected");

		long sent = System.nanoTime();
		api().asDemo("leder").post(Nettprat.path(event, question, "answer"), "{\"body\": \"Ja, på sekundet.\"}");
		// The question's approval may still be on its way in a 250 ms tick; the answer is the event that matters.
		List<String> received = CompletableFuture.supplyAsync(() -> eventOfKind(lines, "ANSWERED"))
			.get(5, TimeUnit.SECONDS);
		long millis = (System.nanoTime() - sent) / 1_000_000;

		assertThat(String.join("\n", received)).contains("event:change", "\"kind\":\"ANSWERED\"",
				"\"questionId\":" + question, "Ja, på sekundet.");
		assertThat(received).anyMatch(line -> line.startsWith("id:"));
		assertThat(millis).as("from the answer's request to the page").isLessThan(1000);
		stream.body().close();
	}

	@Test
	void aPageThatReconnectsWithLastEventIdIsSentWhatItMissed() throws Exception {
		long event = Nettprat.liveEvent(api());
		long before = lastChangeId(event);
		long first = Nettprat.approved(api(), event, "Det første spørsmålet");
		// The approval goes out at the next tick: the page has seen it once it is in the change log.
		long lastSeen = changeAfter(event, before);
		long second = Nettprat.approved(api(), event, "Det andre spørsmålet");
		api().asDemo("ansatt2").post(Nettprat.path(event, first, "votes"), "");

		HttpResponse<Stream<String>> stream = open(event, Long.toString(lastSeen), null);
		Iterator<String> lines = stream.body().iterator();
		lines.next();
		// The second question's approval and the first's vote may come in one tick or in two: read until both came.
		List<List<String>> missed = new ArrayList<>();
		while (!(approvedIn(missed).contains(second) && countsIn(missed).getOrDefault(first, 0) == 1)) {
			missed.add(CompletableFuture.supplyAsync(() -> event(lines)).get(5, TimeUnit.SECONDS));
		}

		assertThat(missed).allSatisfy(change -> assertThat(data(change).path("kind").asString()).isEqualTo("TICK"));
		assertThat(approvedIn(missed)).doesNotContain(first);
		long firstId = Long.parseLong(missed.get(0).stream().filter(l -> l.startsWith("id:")).findFirst().orElseThrow().substring(3));
		assertThat(firstId).isGreaterThan(lastSeen);
		stream.body().close();
	}

	private static JsonNode data(List<String> event) {
		String line = event.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow();
		return JSON.readTree(line.substring(5));
	}

	private static List<Long> approvedIn(List<List<String>> changes) {
		List<Long> ids = new ArrayList<>();
		changes.forEach(change -> data(change).path("questions").forEach(q -> ids.add(q.path("questionId").asLong())));
		return ids;
	}

	private static Map<Long, Integer> countsIn(List<List<String>> changes) {
		Map<Long, Integer> counts = new HashMap<>();
		changes.forEach(change -> data(change).path("counts")
			.forEach(c -> counts.put(c.path("questionId").asLong(), c.path("votes").asInt())));
		return counts;
	}

	@Test
	void approvalsGoOutTogetherPerNettpratWhileAnAnswerGoesOutOnItsOwn() throws Exception {
		long event = Nettprat.liveEvent(api());
		HttpResponse<Stream<String>> stream = open(event, null, null);
		Iterator<String> lines = stream.body().iterator();
		lines.next();
		List<Long> questions = List.of(Nettprat.approved(api(), event, "Første i bunken"),
				Nettprat.approved(api(), event, "Andre i bunken"), Nettprat.approved(api(), event, "Tredje i bunken"));

		// However the three fall into ticks, each arrives once, in a TICK change with what readers may see.
		List<String> seen = new ArrayList<>();
		while (questions.stream().anyMatch(q -> seen.stream().noneMatch(e -> e.contains("\"questionId\":" + q + ",")))) {
			String received = String.join("\n", CompletableFuture.supplyAsync(() -> event(lines)).get(5, TimeUnit.SECONDS));
			assertThat(received).contains("\"kind\":\"TICK\"", "\"status\":\"APPROVED\"");
			seen.add(received);
		}
		assertThat(String.join("\n", seen)).contains("Første i bunken", "Andre i bunken", "Tredje i bunken");
		assertThat(seen).hasSizeLessThanOrEqualTo(3);

		api().asDemo("leder").post(Nettprat.path(event, questions.get(1), "answer"), "{\"body\": \"Straks.\"}");
		String answer = String.join("\n", CompletableFuture.supplyAsync(() -> event(lines)).get(5, TimeUnit.SECONDS));
		assertThat(answer).contains("\"kind\":\"ANSWERED\"", "\"questionId\":" + questions.get(1), "Straks.");
		stream.body().close();
	}

	@Test
	void aQuestionAnsweredBeforeItsTickIsNotSentAsApproved() {
		long event = Nettprat.liveEvent(api());
		long answered = Nettprat.approved(api(), event, "Besvart før bunken gikk");
		api().asDemo("leder").post(Nettprat.path(event, answered, "answer"), "{\"body\": \"Allerede besvart.\"}");
		long control = Nettprat.approved(api(), event, "Godkjent og ikke besvart");
		long before = lastChangeId(event);
		// As if both were approved in the same tick: the answered one is left out, its ANSWERED change says it all.
		ticks.approved(event, answered);
		ticks.approved(event, control);
		awaitApprovalOf(event, control, before);
		List<String> sent = jdbc.sql("select data from events_live_change where event_id = :event and id > :after and kind = 'TICK'")
			.param("event", event).param("after", before).query(String.class).list();
		assertThat(String.join("\n", sent)).contains("\"questionId\":" + control + ",")
			.doesNotContain("\"questionId\":" + answered + ",");
	}

	@Test
	void aBurstOfLongApprovalsIsSplitSoEveryOneFitsTheChangeLog() {
		long event = Nettprat.liveEvent(api());
		List<Long> questions = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			questions.add(Nettprat.approved(api(), event, ("Langt spørsmål " + (char) ('a' + i) + " ").repeat(55).strip()));
		}
		long before = lastChangeId(event);
		// Fourteen questions of about a thousand characters in one tick: more than one change's column holds.
		questions.forEach(question -> ticks.approved(event, question));
		questions.forEach(question -> awaitApprovalOf(event, question, before));
		List<String> sent = jdbc.sql("select data from events_live_change where event_id = :event and id > :after and kind = 'TICK'")
			.param("event", event).param("after", before).query(String.class).list();
		assertThat(sent).hasSizeGreaterThan(1).allSatisfy(data -> assertThat(data.length()).isLessThanOrEqualTo(12_000));
	}

	@Test
	void aMissingNettpratHasNoStream() throws Exception {
		HttpResponse<Stream<String>> missing = open(999_999_999L, null, null);
		assertThat(missing.statusCode()).isEqualTo(404);
		missing.body().close();
	}

	private long lastChangeId(long event) {
		return api().asDemo("ansatt").get("/api/v1/events/live/" + event).json().path("lastChangeId").asLong();
	}

	/** The newest change once there is one after {@code before} (the next tick wrote it). */
	private long changeAfter(long event, long before) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			long last = lastChangeId(event);
			if (last > before) {
				return last;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no change was written after " + before);
	}

	private void awaitApprovalOf(long event, long question, long before) {
		for (int i = 0; i < 100; i++) {
			boolean written = jdbc.sql("select data from events_live_change where event_id = :event and id > :after and kind = 'TICK'")
				.param("event", event).param("after", before).query(String.class).list().stream()
				.anyMatch(data -> data.contains("\"questionId\":" + question + ","));
			if (written) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("question " + question + " was never sent as approved");
	}

	/** The lines of the next event, up to the blank line that ends it. */
	/** The next event whose data names this kind, passing over others (an approval's tick, say). */
	private static List<String> eventOfKind(Iterator<String> lines, String kind) {
		List<String> event;
		do {
			event = event(lines);
		}
		while (!event.isEmpty() && event.stream().noneMatch(line -> line.contains("\"kind\":\"" + kind + "\"")));
		return event;
	}

	/**
	 * The next event's lines. Comments (a line starting with a colon) are no part of an event: the heartbeat that a
	 * stream quiet for a second is sent in tests (IntegrationTest) would otherwise read as one.
	 */
	private static List<String> event(Iterator<String> lines) {
		List<String> event = new ArrayList<>();
		while (lines.hasNext()) {
			String line = lines.next();
			if (line.startsWith(":")) {
				continue;
			}
			if (line.isEmpty()) {
				if (!event.isEmpty()) {
					return event;
				}
				continue;
			}
			event.add(line);
		}
		return event;
	}

	private HttpResponse<Stream<String>> open(long event, String lastEventId, Long after) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(api().base() + "/api/v1/events/live/" + event + "/stream" + (after == null ? "" : "?after=" + after)))
			.header("Authorization", "Bearer demo-token-ansatt2")
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		return HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
	}

}
