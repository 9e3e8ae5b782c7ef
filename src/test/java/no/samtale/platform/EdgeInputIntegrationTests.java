package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;

/**
 * What a request may hold: a bounded body (413 before it is read), no NUL or lone surrogate anywhere (400 naming the
 * field), text only where text is expected, only the query parameters an operation takes, required fields that are
 * really sent; and what the servlet container refuses is problem JSON too.
 */
class EdgeInputIntegrationTests extends IntegrationTest {

	@Test
	void aJsonBodyOverTheLimitIs413BeforeItIsRead() {
		String big = "{\"text\": \"" + "a".repeat(600_000) + "\"}";
		Api.Response refused = api().post("/api/v1/privacy/scan", big);
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:payload-too-large");
		Api.Response asEmployee = api().asDemo("ansatt").post("/api/v1/discussions/1/messages", big);
		assertThat(asEmployee.status()).isEqualTo(413);
		assertThat(api().post("/api/v1/privacy/scan", "{\"text\": \"" + "a".repeat(90_000) + "\"}").status())
			.isEqualTo(200);
	}

	@Test
	void aChunkedBodyWithoutALengthIsCountedAndStoppedAtTheLimit() throws Exception {
		byte[] body = ("{\"text\": \"" + "a".repeat(700_000) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create(api().base() + "/api/v1/privacy/scan"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			// An input stream of unknown length is sent chunked.
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("urn:samtale:problem:payload-too-large");
	}

	@Test
	void aNulInAnyJsonStringIs400NamingTheField() {
		long space = ForumSteps.space(api().asDemo("ansatt"), "Sykefraværsoppfølging");
		Api.Response nul = api().asDemo("ansatt").post("/api/v1/spaces/" + space + "/discussions",
				"{\"title\": \"A\\u0000B\", \"body\": \"tekst\", \"question\": true}");
		assertThat(nul.status()).isEqualTo(400);
		assertThat(nul.problemType()).isEqualTo("urn:samtale:problem:invalid-character");
		assertThat(nul.json().path("field").asString()).isEqualTo("title");

		Api.Response surrogate = api().post("/api/v1/privacy/scan", "{\"text\": \"x\\ud800y\"}");
		assertThat(surrogate.status()).isEqualTo(400);
		assertThat(surrogate.json().path("field").asString()).isEqualTo("text");
		Api.Response pair = api().post("/api/v1/privacy/scan", "{\"text\": \"smil \\ud83d\\ude00\"}");
		assertThat(pair.status()).as("a surrogate pair is a character like any other").isEqualTo(200);

		Api.Response inAList = api().asDemo("admin").post("/api/v1/admin/users",
				"{\"username\": \"nul-test\", \"name\": \"Nul\", \"roles\": [\"ADVISOR\", \"A\\u0000\"]}");
		assertThat(inAList.status()).isEqualTo(400);
		assertThat(inAList.json().path("field").asString()).isEqualTo("roles[1]");
	}

	@Test
	void aNulInAQueryParameterIs400NamingIt() {
		Api.Response refused = api().asDemo("veileder1").get("/api/v1/search?q=a%00b");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:invalid-character");
		assertThat(refused.json().path("field").asString()).isEqualTo("q");
	}

	@Test
	void aNumberWhereTextIsExpectedIsRefusedNotTurnedIntoText() {
		Api.Response refused = api().post("/api/v1/privacy/scan", "{\"text\": 12345678901}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("field").asString()).isEqualTo("text");
		assertThat(api().post("/api/v1/privacy/scan", "{\"text\": true}").status()).isEqualTo(400);
	}

	@Test
	void anUnknownQueryParameterIs400NamingIt() {
		Api advisor = api().asDemo("veileder1");
		Api.Response refused = advisor.get("/api/v1/inbox/conversations?stauts=NEW");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("field").asString()).isEqualTo("stauts");
		Api.Response known = advisor.get("/api/v1/inbox/conversations?status=NEW&page=0&size=5");
		assertThat(known.status()).as(known.body()).isEqualTo(200);
		Api.Response badValue = advisor.get("/api/v1/inbox/conversations?kind=BOTH");
		assertThat(badValue.status()).isEqualTo(400);
		assertThat(badValue.json().path("field").asString()).isEqualTo("kind");
		assertThat(api().asDemo("ansatt").get("/api/v1/spaces?sortering=navn").json().path("field").asString())
			.isEqualTo("sortering");
	}

	@Test
	void aRetentionRuleWithoutMonthsIsRefusedAndAnExplicitNullKeepsForGood() {
		Api officer = api().asDemo("personvern");
		Api.Response missing = officer.put("/api/v1/privacy/retention/CHAT_TRANSCRIPTS", "{\"action\": \"DELETE\"}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().path("field").asString()).isEqualTo("months");
		Api.Response explicit = officer.put("/api/v1/privacy/retention/CHAT_TRANSCRIPTS",
				"{\"months\": null, \"action\": \"DELETE\"}");
		assertThat(explicit.status()).as(explicit.body()).isEqualTo(200);
		assertThat(explicit.json().path("months").isNull()).isTrue();
	}

	@Test
	void anOverLongUrlIsProblemJsonNotAnHtmlPage() throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI
			.create(api().base() + "/api/v1/info?x=" + "a".repeat(20_000))
			.toURL()
			.openConnection();
		assertThat(connection.getResponseCode()).isEqualTo(400);
		assertThat(connection.getContentType()).startsWith("application/problem+json");
		String body = new String(connection.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(body).contains("urn:samtale:problem:malformed-request").doesNotContain("<html");
	}

	@Test
	void aNulInThePathIsProblemJson() throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write("GET /api/v1/discussions/1%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html");
		}
	}

}
