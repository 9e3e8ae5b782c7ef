package no.samtale.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Attachments checked by their content, and notifications pushed live over Server-Sent Events. */
@AlsoOnTheEmbeddedDatabase
class AttachmentsAndNotificationsIntegrationTests extends IntegrationTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	@Test
	void anImageIsAttachedToAnAnswerAndServedToReaders() throws Exception {
		Api.Response uploaded = upload("demo-token-fagperson", "skjermbilde.png", PNG);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		long attachment = uploaded.json().path("id").asLong();
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Vedlegg", "Hvor finner jeg skjemaet?");

		Api.Response replied = api().asDemo("fagperson").post("/api/v1/discussions/" + discussion + "/messages",
				"{\"body\": \"Se bildet\", \"attachmentIds\": [" + attachment + "]}");
		Api.Response reused = api().asDemo("fagperson").post("/api/v1/discussions/" + discussion + "/messages",
				"{\"body\": \"Igjen\", \"attachmentIds\": [" + attachment + "]}");

		assertThat(replied.json().path("attachments").get(0).path("contentType").asString()).isEqualTo("image/png");
		assertThat(reused.status()).isEqualTo(400);
		assertThat(reused.json().path("field").asString()).isEqualTo("attachmentIds");
		HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/attachments/" + attachment))
					.header("Authorization", "Bearer demo-token-ansatt").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PNG);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
	}

	@Test
	void aFileThatIsNotAnImageOrPdfIsRefusedWhateverItsName() throws Exception {
		Api.Response script = upload("demo-token-ansatt", "bilde.png", "<script>alert(1)</script>".getBytes());

		assertThat(script.status()).isEqualTo(400);
		assertThat(script.json().path("field").asString()).isEqualTo("file");
	}

	@Test
	void aFollowerIsToldOfANewAnswerLive() throws Exception {
		long space = Forum.space(api().asDemo("ansatt2"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt2"), space, "Direkte varsel", "Får jeg varsel?");
		CompletableFuture<HttpResponse<Stream<String>>> stream = HttpClient.newHttpClient().sendAsync(
				HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/notifications/stream"))
					.header("Authorization", "Bearer demo-token-ansatt2").header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofLines());
		HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");

		Forum.reply(api().asDemo("fagperson"), discussion, "Ja, nå.");

		CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
			Iterator<String> lines = response.body().iterator();
			while (lines.hasNext()) {
				String line = lines.next();
				// Other tests' posts may reach this follower too; this discussion's must arrive.
				if (line.startsWith("data:") && line.contains("Direkte varsel")) {
					return line;
				}
			}
			return "";
		});
		assertThat(event.get(10, TimeUnit.SECONDS)).contains("NEW_MESSAGE", "Direkte varsel");
		response.body().close();
	}

	private Api.Response upload(String token, String filename, byte[] content) throws Exception {
		return Forum.upload(api(), token, filename, content);
	}

}
