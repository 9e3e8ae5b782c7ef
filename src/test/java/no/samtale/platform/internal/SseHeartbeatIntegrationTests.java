package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import no.samtale.platform.SseStream;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;

/**
 * A quiet Server-Sent-Event stream is sent a comment (the suite sets the quiet time to a second; production's is
 * 20 s), which keeps proxies from cutting it; and a stream whose reader went away without a word is noticed by the
 * failed write and let go, instead of holding its connection until the half-hour timeout.
 */
class SseHeartbeatIntegrationTests extends IntegrationTest {

	@Test
	void aQuietStreamIsSentACommentAndOneWhoseReaderLeftIsLetGo() throws Exception {
		Api asker = api().asDemo("ansatt");
		long discussion = ForumSteps.ask(asker, ForumSteps.space(asker, "Sykefraværsoppfølging"), "Stille strøm",
				"Får en stille side et livstegn?");
		URI base = URI.create(api().base());
		int withoutIt = SseStream.openStreams();
		int whileOpen;
		try (Socket reader = new Socket(base.getHost(), base.getPort())) {
			reader.setSoTimeout(10_000);
			OutputStream out = reader.getOutputStream();
			out.write(("GET /api/v1/discussions/" + discussion + "/stream HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: Bearer demo-token-ansatt\r\nAccept: text/event-stream\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader lines = new BufferedReader(new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8));
			assertThat(lines.readLine()).startsWith("HTTP/1.1 200");
			long started = System.nanoTime();
			boolean connected = false;
			String line;
			// Chunked: sizes and blank lines come between the stream's own lines; what matters is the comments.
			while ((line = lines.readLine()) != null) {
				if (line.equals(":connected")) {
					connected = true;
				}
				else if (connected && line.equals(":")) {
					break;
				}
			}
			assertThat(line).as("a comment after the first").isEqualTo(":");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
			assertThat(SseStream.openStreams()).isGreaterThan(withoutIt - 1);
			whileOpen = SseStream.openStreams();
		}

		// The socket is closed without ending the request: only a write to it can tell.
		await().atMost(Duration.ofSeconds(15)).until(() -> SseStream.openStreams() < whileOpen);
	}

}
