package no.samtale.channels.internal.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.channels.Accounts;
import no.samtale.channels.AccountState;
import no.samtale.channels.internal.hooks.HookSignatures;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** X's Activity API webhook end to end on the demo's X account: CRC, signatures, storing before the 200. */
@AlsoOnTheEmbeddedDatabase
class XWebhookIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	XHooks hooks() {
		return new XHooks(this::api, jdbc);
	}

	@Test
	void theCrcChallengeIsAnsweredWithTheHmacOfTheTokenUnderTheConsumerSecret() {
		Api.Response answer = api().get("/webhooks/x?crc_token=challenge123");

		String expected = "sha256=" + Base64.getEncoder().encodeToString(HookSignatures.hmacSha256(X_CONSUMER_SECRET,
				"challenge123".getBytes(StandardCharsets.UTF_8)));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("response_token").asString()).isEqualTo(expected);
		assertThat(api().get("/webhooks/x").problemType()).isEqualTo("urn:samtale:problem:x-crc-token");
	}

	@Test
	void aDeliveryWithAMissingOrWrongSignatureIs401AndNothingIsStored() {
		XHooks hooks = hooks();
		String body = XHooks.mention("post.mention.create", XHooks.id(), "3100000000000000001", TestText.unique(), true);

		assertThat(hooks.send(body, null)).isEqualTo(401);
		assertThat(hooks.send(body, XHooks.signature("not-the-secret", body))).isEqualTo(401);
		assertThat(hooks.send(body, "sha256=%%%")).isEqualTo(401);

		assertThat(hooks.deliveries(body)).isZero();
	}

	@Test
	void aSignedMentionIsStoredOnceAndArrivesOnceEvenWhenXSendsItTwice() {
		XHooks hooks = hooks();
		String post = XHooks.id();
		String text = "Hvor finner jeg skjemaet " + TestText.unique();
		String body = XHooks.mention("post.mention.create", post, "3100000000000000002", text, true);

		assertThat(hooks.sendSigned(body)).isEqualTo(200);
		assertThat(hooks.deliveries(body)).isEqualTo(1);
		assertThat(hooks.sendSigned(body)).isEqualTo(200);

		assertThat(hooks.deliveries(body)).isEqualTo(1);
		assertThat(hooks.state(body)).isEqualTo("PROCESSED");
		assertThat(hooks.inbound(post)).isEqualTo(1);
		hooks.conversation(post);
	}

	@Test
	void theSamePostAsAReplyEventAfterItsMentionEventArrivesOnce() {
		XHooks hooks = hooks();
		String post = XHooks.id();
		String text = "Svar i tråden " + TestText.unique();
		String reply = XHooks.mention("post.reply.create", post, "3100000000000000003", text, false);
		String mention = XHooks.mention("post.mention.create", post, "3100000000000000003", text, true);

		// Out of order and overlapping: X sends the same post as a reply and as a mention, reply first.
		assertThat(hooks.sendSigned(reply)).isEqualTo(200);
		assertThat(hooks.sendSigned(mention)).isEqualTo(200);

		assertThat(hooks.state(reply)).isEqualTo("PROCESSED");
		assertThat(hooks.state(mention)).isEqualTo("PROCESSED");
		assertThat(hooks.inbound(post)).isEqualTo(1);
	}

	@Test
	void aDirectMessageArrivesAsAPrivateMessageThreadedByItsSender() {
		XHooks hooks = hooks();
		String event = XHooks.id();
		String body = XHooks.dm(event, "3100000000000000004", "Privat spørsmål " + TestText.unique());

		assertThat(hooks.sendSigned(body)).isEqualTo(200);

		assertThat(hooks.state(body)).isEqualTo("PROCESSED");
		assertThat(jdbc.sql("select kind from channels_inbound where external_id = :id")
			.param("id", "dm:" + event)
			.query(String.class)
			.single()).isEqualTo("PRIVATE");
		hooks.conversation("dm:3100000000000000004");
	}

	@Test
	void anUnknownEventTypeIsStoredAndSkippedNeverA500() {
		XHooks hooks = hooks();
		String body = """
				{"data":{"event_uuid":"%s","filter":{"user_id":"%s"},"event_type":"profile.update.bio","payload":{}}}"""
			.formatted(XHooks.id(), XHooks.ACCOUNT_USER);
		String notJson = "{\"data\": " + TestText.unique();

		assertThat(hooks.sendSigned(body)).isEqualTo(200);
		assertThat(hooks.sendSigned(notJson)).isEqualTo(200);

		assertThat(hooks.state(body)).isEqualTo("SKIPPED");
		assertThat(hooks.state(notJson)).isEqualTo("FAILED");
		assertThat(jdbc.sql("select event_type from channels_hook_delivery where state = 'SKIPPED' and event_type = "
				+ "'profile.update.bio'").query(String.class).list()).isNotEmpty();
	}

	@Test
	void anOauthRevokeMarksTheAccountForReconnecting() {
		XHooks hooks = hooks();
		long account = hooks.demoAccount();
		String body = """
				{"data":{"event_uuid":"%s","filter":{"user_id":"%s"},"event_type":"oauth.revoke","payload":{}}}"""
			.formatted(XHooks.id(), XHooks.ACCOUNT_USER);
		try {
			assertThat(hooks.sendSigned(body)).isEqualTo(200);

			await().atMost(Duration.ofSeconds(20))
				.until(() -> accounts.get(account).state() == AccountState.RECONNECT_NEEDED);
		}
		finally {
			accounts.markActive(account);
		}
	}

}
