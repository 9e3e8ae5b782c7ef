package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.samtale.support.IntegrationTest;

/**
 * The nettprat's live stream over real HTTP: an answer reaches an open page well within a second, every event
 * carries an id, and a page that reconnects with Last-Event-ID is sent what it missed.
 */
class NettpratStreamIntegrationTests extends IntegrationTest {

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
		List<String> received = CompletableFuture.supplyAsync(() -> event(lines)).get(5, TimeUnit.SECONDS);
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
		long first = Nettprat.approved(api(), event, "Det første spørsmålet");
		long lastSeen = api().asDemo("ansatt").get("/api/v1/events/live/" + event).json().path("lastChangeId").asLong();
		long second = Nettprat.approved(api(), event, "Det andre spørsmålet");
		api().asDemo("ansatt2").post(Nettprat.path(event, first, "votes"), "");

		HttpResponse<Stream<String>> stream = open(event, Long.toString(lastSeen), null);
		Iterator<String> lines = stream.body().iterator();
		lines.next();
		List<String> approved = CompletableFuture.supplyAsync(() -> event(lines)).get(5, TimeUnit.SECONDS);
		List<String> votes = CompletableFuture.supplyAsync(() -> event(lines)).get(5, TimeUnit.SECONDS);

		assertThat(String.join("\n", approved)).contains("\"kind\":\"APPROVED\"", "\"questionId\":" + second)
			.doesNotContain("\"questionId\":" + first + ",");
		assertThat(String.join("\n", votes)).contains("\"kind\":\"VOTES\"", "\"questionId\":" + first, "\"votes\":1");
		long approvedId = Long.parseLong(approved.stream().filter(l -> l.startsWith("id:")).findFirst().orElseThrow().substring(3));
		assertThat(approvedId).isGreaterThan(lastSeen);
		stream.body().close();
	}

	@Test
	void aMissingNettpratHasNoStream() throws Exception {
		HttpResponse<Stream<String>> missing = open(999_999_999L, null, null);
		assertThat(missing.statusCode()).isEqualTo(404);
		missing.body().close();
	}

	/** The lines of the next event, up to the blank line that ends it. */
	private static List<String> event(Iterator<String> lines) {
		List<String> event = new ArrayList<>();
		while (lines.hasNext()) {
			String line = lines.next();
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
