package no.samtale.channels.internal.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** A citizen chats without logging in; the advisor answers from the inbox; the citizen keeps the transcript. */
@AlsoOnTheEmbeddedDatabase
class WebChatIntegrationTests extends IntegrationTest {

	@Test
	void aCitizenChatsWithAnAdvisorAndDownloadsTheTranscript() {
		Api admin = api().asDemo("admin");
		long chat = chatAccount(admin);
		Api citizen = api();

		JsonNode info = citizen.get("/api/v1/webchat/" + chat).json();
		assertThat(info.path("openNow").asBoolean()).isTrue();
		assertThat(info.path("session").isNull()).isTrue();
		Api.Response started = citizen.post("/api/v1/webchat/" + chat + "/session", "{\"name\": \"Sara\"}");
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(citizen.cookie("SAMTALE_CHAT")).isNotBlank();

		Api.Response sent = citizen.post("/api/v1/webchat/" + chat + "/messages",
				"{\"body\": \"Hei, når kan jeg søke om foreldrepenger?\"}");
		assertThat(sent.status()).isEqualTo(201);
		assertThat(sent.json().path("from").asString()).isEqualTo("CITIZEN");

		Api advisor = api().asDemo("veileder1");
		long[] conversation = new long[1];
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (JsonNode item : advisor.get("/api/v1/inbox/conversations?kind=PRIVATE&size=200").json().path("items")) {
				if (item.path("subject").asString().equals("Hei, når kan jeg søke om foreldrepenger?")) {
					conversation[0] = item.path("id").asLong();
					return item.path("correspondent").path("name").asString().equals("Sara");
				}
			}
			return false;
		});
		Api.Response replied = advisor.post("/api/v1/inbox/conversations/" + conversation[0] + "/replies",
				"{\"body\": \"Hei Sara! Tidligst fire uker før termin.\", \"visibility\": \"PRIVATE\"}");
		assertThat(replied.status()).isEqualTo(201);
		assertThat(replied.json().path("status").asString()).as("the chat account needs no approval").isEqualTo("APPROVED");

		await().atMost(Duration.ofSeconds(15))
			.until(() -> citizen.get("/api/v1/webchat/" + chat + "/messages").json().size() == 2);
		JsonNode lines = citizen.get("/api/v1/webchat/" + chat + "/messages").json();
		assertThat(lines.get(1).path("from").asString()).isEqualTo("ADVISOR");
		assertThat(lines.get(1).path("body").asString()).isEqualTo("Hei Sara! Tidligst fire uker før termin.");
		assertThat(lines.get(1).path("author").asString()).as("the advisor's first name, not the account's name")
			.isEqualTo("Ingrid");

		Api.Response transcript = citizen.get("/api/v1/webchat/" + chat + "/transcript");
		assertThat(transcript.status()).isEqualTo(200);
		assertThat(transcript.contentType()).startsWith("text/plain");
		assertThat(transcript.body()).contains("Sara:", "Hei, når kan jeg søke", "Ingrid, NAV:", "Tidligst fire uker før termin.")
			.doesNotContain("Chat med Chat med");

		assertThat(citizen.post("/api/v1/webchat/" + chat + "/end", "").status()).isEqualTo(204);
		Api.Response afterEnd = citizen.post("/api/v1/webchat/" + chat + "/messages", "{\"body\": \"Hallo?\"}");
		assertThat(afterEnd.status()).isEqualTo(401);
		assertThat(afterEnd.problemType()).isEqualTo("urn:samtale:problem:chat-session-expired");
	}

	@Test
	void withoutASessionOrWithBadInputTheChatSaysWhy() {
		long chat = chatAccount(api().asDemo("admin"));
		Api stranger = api();

		Api.Response noSession = stranger.post("/api/v1/webchat/" + chat + "/messages", "{\"body\": \"Hei\"}");
		assertThat(noSession.status()).isEqualTo(401);
		assertThat(noSession.problemType()).isEqualTo("urn:samtale:problem:chat-session-expired");
		assertThat(stranger.get("/api/v1/webchat/" + chat + "/transcript").status()).isEqualTo(401);

		stranger.post("/api/v1/webchat/" + chat + "/session", "{}");
		Api.Response empty = stranger.post("/api/v1/webchat/" + chat + "/messages", "{\"body\": \"\"}");
		Api.Response huge = stranger.post("/api/v1/webchat/" + chat + "/messages",
				"{\"body\": \"" + "x".repeat(2001) + "\"}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").findValuesAsString("field")).contains("body");
		assertThat(huge.status()).isEqualTo(400);
		assertThat(stranger.get("/api/v1/webchat/" + chat + "/messages").json().size()).isZero();

		long facebook = api().asDemo("admin").get("/api/v1/channels/accounts").json().get(0).path("id").asLong();
		assertThat(stranger.get("/api/v1/webchat/999999").status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/webchat/" + facebook).status()).isIn(200, 404);
	}

	@Test
	void anotherCitizensCookieDoesNotOpenThisChat() {
		long chat = chatAccount(api().asDemo("admin"));
		Api first = api();
		first.post("/api/v1/webchat/" + chat + "/session", "{\"name\": \"A\"}");
		first.post("/api/v1/webchat/" + chat + "/messages", "{\"body\": \"Mitt private spørsmål\"}");

		Api second = api();
		second.post("/api/v1/webchat/" + chat + "/session", "{\"name\": \"B\"}");

		assertThat(second.get("/api/v1/webchat/" + chat + "/messages").json().findValuesAsString("body"))
			.doesNotContain("Mitt private spørsmål");
	}

	static long chatAccount(Api admin) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("platform").asString().equals("WEB_CHAT")) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No web chat account");
	}

}
