package no.samtale.forum.internal;

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

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** A discussion's live stream: only its space's readers open it, and a new answer reaches it after commit. */
class DiscussionStreamIntegrationTests extends IntegrationTest {

	@Test
	void onlyAReaderOfTheSpaceOpensADiscussionsStream() throws Exception {
		Api admin = api().asDemo("admin");
		long group = admin.post("/api/v1/spaces", """
				{"kind": "GROUP", "name": "Lukket strømgruppe %d", "membership": "CLOSED"}""".formatted(System.nanoTime()))
			.json().path("id").asLong();
		long moderator = Forum.userId(admin, "moderator2");
		admin.put("/api/v1/spaces/" + group + "/staff", "{\"moderatorIds\": [" + moderator + "], \"expertIds\": []}");
		long secret = Forum.ask(api().asDemo("moderator2"), group, "Lukket tråd", "Bare for medlemmer.");

		HttpResponse<Stream<String>> outsider = open("ansatt", secret);
		HttpResponse<Stream<String>> missing = open("ansatt", 999_999_999L);
		HttpResponse<Stream<String>> member = open("moderator2", secret);

		assertThat(outsider.statusCode()).isIn(403, 404);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(member.statusCode()).isEqualTo(200);
		assertThat(member.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		Stream.of(outsider, missing, member).forEach(response -> response.body().close());
	}

	@Test
	void aNewAnswerReachesTheOpenDiscussionAsAnEventOfIdsOnly() throws Exception {
		long space = Forum.space(api().asDemo("ansatt2"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt2"), space, "Direkte svar", "Ser jeg svaret uten å laste på nytt?");
		HttpResponse<Stream<String>> stream = open("ansatt", discussion);
		assertThat(stream.statusCode()).isEqualTo(200);

		long answer = Forum.reply(api().asDemo("fagperson"), discussion, "Ja, det gjør du.");

		// The question's own POSTED may come first: its event is published after its commit and can reach the
		// stream opened a moment later. Read until the answer's event, and keep every event read.
		List<String> read = new ArrayList<>();
		CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
			Iterator<String> lines = stream.body().iterator();
			String name = "";
			while (lines.hasNext()) {
				String line = lines.next();
				if (line.startsWith("event:")) {
					name = line;
				}
				if (line.startsWith("data:")) {
					read.add(line);
					if (line.contains("\"messageId\":" + answer + ",")) {
						return name + "\n" + line;
					}
				}
			}
			return "";
		});
		assertThat(event.get(10, TimeUnit.SECONDS)).contains("event:discussion", "\"messageId\":" + answer,
				"\"discussionId\":" + discussion, "POSTED");
		assertThat(read).noneMatch(line -> line.contains("Ja, det gjør du") || line.contains("Ser jeg svaret"));
		stream.body().close();
	}

	private HttpResponse<Stream<String>> open(String user, long discussion) throws Exception {
		return HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/discussions/" + discussion + "/stream"))
				.header("Authorization", "Bearer demo-token-" + user).header("Accept", "text/event-stream").build(),
					HttpResponse.BodyHandlers.ofLines())
			.get(10, TimeUnit.SECONDS);
	}

}
