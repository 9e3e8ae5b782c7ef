package no.samtale.channels.internal.x;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.channels.internal.hooks.HookSignatures;
import no.samtale.platform.RandomTokens;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Signed X Activity API deliveries for the demo's X account, and what became of them. */
final class XHooks {

	static final String ACCOUNT_USER = XFakePlatform.USER_ID;

	private final java.util.function.Supplier<Api> api;

	private final JdbcClient jdbc;

	/** {@code api} makes a new client for each delivery, so one delivery's signature header never sticks. */
	XHooks(java.util.function.Supplier<Api> api, JdbcClient jdbc) {
		this.api = api;
		this.jdbc = jdbc;
	}

	static String signature(String secret, String body) {
		return "sha256=" + Base64.getEncoder()
			.encodeToString(HookSignatures.hmacSha256(secret, body.getBytes(StandardCharsets.UTF_8)));
	}

	int send(String body, String signature) {
		Api fresh = api.get();
		Api client = signature == null ? fresh : fresh.header("x-twitter-webhooks-signature", signature);
		return client.send("POST", "/webhooks/x", "application/json", body).status();
	}

	int sendSigned(String body) {
		return send(body, signature(IntegrationTest.X_CONSUMER_SECRET, body));
	}

	/** A mention of the account by a citizen, as X's webhook sends it. */
	static String mention(String type, String postId, String authorId, String text, boolean mentions) {
		return """
				{"data":{"event_uuid":"%s","filter":{"user_id":"%s"},"event_type":"%s","payload":{"id":"%s",
				"author_id":"%s","text":"%s","created_at":"%s","entities":{"mentions":[%s]}},
				"includes":{"users":[{"id":"%s","name":"Innbygger"}]}}}"""
			.formatted(postId, ACCOUNT_USER, type, postId, authorId, text, Instant.now(),
					mentions ? "{\"id\":\"" + ACCOUNT_USER + "\",\"username\":\"NAVKunnskap\"}" : "", authorId);
	}

	static String dm(String eventId, String senderId, String text) {
		return """
				{"data":{"event_uuid":"%s","filter":{"user_id":"%s"},"event_type":"dm.received","payload":{"id":"%s",
				"event_type":"MessageCreate","sender_id":"%s","text":"%s","created_at":"%s",
				"dm_conversation_id":"%s-%s"}}}""".formatted(eventId, ACCOUNT_USER, eventId, senderId, text,
				Instant.now(), ACCOUNT_USER, senderId);
	}

	long deliveries(String body) {
		return jdbc.sql("select count(*) from channels_hook_delivery where platform = 'X' and body_hash = :hash")
			.param("hash", RandomTokens.sha256(body))
			.query(Long.class)
			.single();
	}

	String state(String body) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !"RECEIVED".equals(rawState(body)));
		return rawState(body);
	}

	private String rawState(String body) {
		return jdbc.sql("select state from channels_hook_delivery where platform = 'X' and body_hash = :hash")
			.param("hash", RandomTokens.sha256(body))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	long inbound(String externalId) {
		return jdbc.sql("select count(*) from channels_inbound where external_id = :id")
			.param("id", externalId)
			.query(Long.class)
			.single();
	}

	long demoAccount() {
		return jdbc.sql("select account_id from channels_connection where connector = 'X' and external_id = :user")
			.param("user", ACCOUNT_USER)
			.query(Long.class)
			.single();
	}

	/** The inbox conversation of a thread, once the inbox has threaded it. */
	long conversation(String threadKey) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from inbox_conversation where thread_key = :key")
				.param("key", threadKey)
				.query(Long.class)
				.single() > 0);
		return jdbc.sql("select id from inbox_conversation where thread_key = :key")
			.param("key", threadKey)
			.query(Long.class)
			.single();
	}

	/** A fresh X id: snowflakes grow with time. */
	static String id() {
		return String.valueOf(1_900_000_000_000_000_000L + System.nanoTime() % 99_000_000_000_000_000L);
	}

}
