package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.Intake;
import no.samtale.platform.RandomTokens;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Meta's webhook end to end, on the demo's NAV Foreldrepenger page ({@value MetaDemo#PAGE_ID}), with real
 * signatures, and a reply out through WireMock playing the Graph API.
 */
@AlsoOnTheEmbeddedDatabase
class MetaWebhookIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	MetaHooks hooks() {
		return new MetaHooks(api(), jdbc);
	}

	@Test
	void theVerificationChallengeIsAnsweredOnlyWithTheRightToken() {
		Api anonymous = api();

		Api.Response right = anonymous.get("/webhooks/meta?hub.mode=subscribe&hub.verify_token=" + META_VERIFY_TOKEN
				+ "&hub.challenge=4242");
		Api.Response wrong = anonymous.get("/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=4242");

		assertThat(right.status()).isEqualTo(200);
		assertThat(right.body()).isEqualTo("4242");
		assertThat(wrong.status()).isEqualTo(403);
		assertThat(wrong.problemType()).isEqualTo("urn:samtale:problem:meta-verify-token");
	}

	@Test
	void aMissingOrWrongSignatureIsRejectedAndNothingIsStored() {
		MetaHooks hooks = hooks();
		String body = MetaHooks.comment(MetaDemo.PAGE_ID, "unsigned-" + UUID.randomUUID(), null, "Falsk",
				Instant.now(), "add");
		long before = hooks.deliveries();

		int missing = hooks.send(body, null);
		int wrong = hooks.send(body, WebhookSignatureHeader.of("not-the-secret", body));
		int truncated = hooks.send(body, WebhookSignatureHeader.of(META_APP_SECRET, body).substring(0, 20));

		assertThat(missing).isEqualTo(401);
		assertThat(wrong).isEqualTo(401);
		assertThat(truncated).isEqualTo(401);
		assertThat(hooks.deliveries()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from channels_meta_delivery where body_hash = :hash")
			.param("hash", RandomTokens.sha256(body))
			.query(Long.class)
			.single()).isZero();
	}

	/** Deliveries are served by a filter ahead of the security chain: its answers must read like the rest. */
	@Test
	void aDeliveryIsAnsweredLikeEveryOtherRequestTextOrProblemJsonWithTheEdgeHeaders() {
		String body = MetaHooks.comment(MetaDemo.PAGE_ID, "edge-" + UUID.randomUUID(), null, "Hei", Instant.now(),
				"add");

		Api.Response accepted = api().post("/webhooks/meta", body, "X-Hub-Signature-256",
				WebhookSignatureHeader.of(META_APP_SECRET, body));
		Api.Response forged = api().post("/webhooks/meta", body, "X-Hub-Signature-256",
				WebhookSignatureHeader.of("not-the-secret", body));
		String huge = "{\"object\":\"page\",\"entry\":[],\"pad\":\"" + "x".repeat(MetaDeliveries.MAX_PAYLOAD) + "\"}";
		Api.Response tooLarge = api().post("/webhooks/meta", huge, "X-Hub-Signature-256",
				WebhookSignatureHeader.of(META_APP_SECRET, huge));

		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.body()).isEqualTo("EVENT_RECEIVED");
		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.problemType()).isEqualTo("urn:samtale:problem:meta-signature");
		assertThat(forged.json().path("instance").asString()).isEqualTo("/webhooks/meta");
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.problemType()).isEqualTo("urn:samtale:problem:payload-too-large");
		for (Api.Response answer : List.of(accepted, forged, tooLarge)) {
			assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
			assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
		}
	}

	@Test
	void aSignedCommentReachesTheInbox() {
		MetaHooks hooks = hooks();
		String text = "Når kommer pengene? " + TestText.unique();
		String body = MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_" + System.nanoTime(), null, text,
				Instant.now(), "add");

		assertThat(hooks.sendSigned(body)).isEqualTo(200);

		// Stored, processed and threaded in the background, by loops and listeners that share their threads with the
		// rest of the suite: the wait allows ten seconds on a loaded build machine. How fast it is on a quiet one is
		// measured in docs/benchmarks.md, not here.
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
			.until(() -> hooks.conversationWith(api().asDemo("veileder1"), text) != null);
		JsonNode conversation = hooks.conversationWith(api().asDemo("veileder1"), text);
		assertThat(conversation.path("kind").asString()).isEqualTo("PUBLIC");
	}

	@Test
	void aReplayedDeliveryIsStoredOnceAndTheSameCommentInTwoDeliveriesArrivesOnce() {
		MetaHooks hooks = hooks();
		String id = MetaDemo.PAGE_ID + "_" + System.nanoTime();
		String text = "Kommer denne to ganger? " + TestText.unique();
		Instant now = Instant.now();
		String body = MetaHooks.comment(MetaDemo.PAGE_ID, id, null, text, now, "add");
		// Meta batches differently on a retry: the same comment in a delivery of another shape.
		String other = "{\"object\":\"page\",\"entry\":[" + MetaHooks.entry(MetaDemo.PAGE_ID, id, null, text, now, "add")
				+ "," + MetaHooks.entry("9999999999999", id, null, text, now, "add") + "]}";

		assertThat(hooks.sendSigned(body)).isEqualTo(200);
		assertThat(hooks.sendSigned(body)).isEqualTo(200);
		assertThat(hooks.sendSigned(other)).isEqualTo(200);

		assertThat(hooks.deliveriesOf(body)).isEqualTo(1);
		hooks.awaitProcessed(other);
		hooks.awaitProcessed(body);
		assertThat(jdbc.sql("select count(*) from channels_inbound where external_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aMalformedDeliveryIsKeptWithItsErrorAndOthersStillArrive() {
		MetaHooks hooks = hooks();
		String broken = "{\"object\":\"page\",\"entry\":[{\"id\":\"" + MetaDemo.PAGE_ID + "\",\"changes\":[" + UUID.randomUUID();
		String text = "Etter en ødelagt levering " + TestText.unique();
		String fine = MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_" + System.nanoTime(), null, text,
				Instant.now(), "add");

		assertThat(hooks.sendSigned(broken)).isEqualTo(200);
		assertThat(hooks.sendSigned(fine)).isEqualTo(200);

		hooks.awaitProcessed(broken);
		assertThat(hooks.state(broken)).isEqualTo("FAILED");
		assertThat(hooks.error(broken)).startsWith("Not JSON").doesNotContain("ødelagt");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> hooks.conversationWith(api().asDemo("veileder1"), text) != null);
		assertThat(hooks.state(fine)).isEqualTo("PROCESSED");
	}

	@Test
	void anUnknownPageIsAcceptedAndMarkedUnroutable() {
		MetaHooks hooks = hooks();
		String body = MetaHooks.comment("4040404040404", "4040404040404_" + System.nanoTime(), null, "Hallo?",
				Instant.now(), "add");

		assertThat(hooks.sendSigned(body)).isEqualTo(200);

		hooks.awaitProcessed(body);
		assertThat(hooks.state(body)).isEqualTo("UNROUTABLE");
	}

	@Test
	void messengerMessagesArePrivateAndEchoesAndThePagesOwnCommentsAreSkipped() {
		MetaHooks hooks = hooks();
		String text = "Privat spørsmål " + TestText.unique();
		String sender = String.valueOf(System.nanoTime());
		String messaging = """
				{"object":"page","entry":[{"id":"%s","time":%d,"messaging":[
				 {"sender":{"id":"%s"},"recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"m_%s","text":"%s"}},
				 {"sender":{"id":"%s"},"recipient":{"id":"%s"},"timestamp":%d,"message":{"mid":"m_echo_%s","text":"Svar","is_echo":true}}
				]}]}""".formatted(MetaDemo.PAGE_ID, Instant.now().getEpochSecond(), sender, MetaDemo.PAGE_ID,
				System.currentTimeMillis(), sender, text, MetaDemo.PAGE_ID, sender, System.currentTimeMillis(), sender);
		String own = MetaHooks.comment(MetaDemo.PAGE_ID, "own_" + sender, null, "Fra siden selv", Instant.now(), "add")
			.replace("\"id\":\"24000000000001\"", "\"id\":\"" + MetaDemo.PAGE_ID + "\"");

		assertThat(hooks.sendSigned(messaging)).isEqualTo(200);
		assertThat(hooks.sendSigned(own)).isEqualTo(200);

		await().atMost(Duration.ofSeconds(60))
			.until(() -> hooks.conversationWith(api().asDemo("veileder1"), text) != null);
		assertThat(hooks.conversationWith(api().asDemo("veileder1"), text).path("kind").asString()).isEqualTo("PRIVATE");
		hooks.awaitProcessed(own);
		assertThat(jdbc.sql("select count(*) from channels_inbound where external_id in (:ids)")
			.param("ids", java.util.List.of("m_echo_" + sender, "own_" + sender))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void changesThatArriveOutOfOrderEndInTheRightState() {
		MetaHooks hooks = hooks();
		Instant t = Instant.now().minusSeconds(60);
		String removedFirst = MetaDemo.PAGE_ID + "_r" + System.nanoTime();
		String editedFirst = MetaDemo.PAGE_ID + "_e" + System.nanoTime();
		String removedLater = MetaDemo.PAGE_ID + "_l" + System.nanoTime();
		String laterText = "Dette sletter jeg snart " + TestText.unique();

		// A removal overtakes its comment: the comment never shows up.
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, removedFirst, null, null, t.plusSeconds(10), "remove"));
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, removedFirst, null, "Angret", t, "add"));
		// An edit overtakes its comment: the comment arrives with the edited text.
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, editedFirst, null, "Rettet tekst " + editedFirst,
				t.plusSeconds(5), "edited"));
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, editedFirst, null, "Skrivefeil", t, "add"));
		// Removed after it was threaded; a stale edit arriving last does not bring the text back.
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, removedLater, null, laterText, t, "add"));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> hooks.conversationWith(api().asDemo("veileder1"), laterText) != null);
		long conversation = hooks.conversationWith(api().asDemo("veileder1"), laterText).path("id").asLong();
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, removedLater, null, null, t.plusSeconds(20), "remove"));
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, removedLater, null, "Gammel retting", t.plusSeconds(15),
				"edited"));

		assertThat(hooks.inboundBody(removedFirst)).isNull();
		assertThat(hooks.itemStatus(removedFirst)).isEqualTo("REMOVED");
		assertThat(hooks.inboundBody(editedFirst)).isEqualTo("Rettet tekst " + editedFirst);
		assertThat(hooks.inboundBody(removedLater)).isEqualTo(Intake.REMOVED_BODY);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api().asDemo("veileder1")
			.get("/api/v1/inbox/conversations/" + conversation)
			.json()
			.path("messages")
			.findValuesAsString("body")).containsExactly(Intake.REMOVED_BODY));
	}

	@Test
	void aCommentHiddenOnFacebookShowsAsHiddenAndAnEditRenamesItsConversation() {
		MetaHooks hooks = hooks();
		Instant t = Instant.now().minusSeconds(30);
		String comment = MetaDemo.PAGE_ID + "_h" + System.nanoTime();
		String text = "Først skrevet " + TestText.unique();
		String edited = "Så rettet " + TestText.unique();
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, comment, null, text, t, "add"));
		await().atMost(Duration.ofSeconds(60)).until(() -> hooks.conversationWith(api().asDemo("veileder1"), text) != null);
		long conversation = hooks.conversationWith(api().asDemo("veileder1"), text).path("id").asLong();

		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, comment, null, null, t.plusSeconds(5), "hide"));
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, comment, null, edited, t.plusSeconds(10), "edited"));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode shown = api().asDemo("veileder1").get("/api/v1/inbox/conversations/" + conversation).json();
			assertThat(shown.path("subject").asString()).isEqualTo(edited);
			assertThat(shown.path("messages").get(0).path("hiddenOnPlatform").asBoolean()).isTrue();
			assertThat(shown.path("audit").findValuesAsString("action")).contains("HIDDEN_ON_PLATFORM");
		});
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, comment, null, null, t.plusSeconds(15), "unhide"));
		await().atMost(Duration.ofSeconds(20)).until(() -> !api().asDemo("veileder1")
			.get("/api/v1/inbox/conversations/" + conversation).json()
			.path("messages").get(0).path("hiddenOnPlatform").asBoolean());
	}

	/** The signature header as Meta computes it, spelled out here rather than borrowed from the code under test. */
	static final class WebhookSignatureHeader {

		static String of(String secret, String body) {
			try {
				javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
				mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
						"HmacSHA256"));
				return "sha256=" + java.util.HexFormat.of()
					.formatHex(mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
			catch (java.security.GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		}

	}

}
