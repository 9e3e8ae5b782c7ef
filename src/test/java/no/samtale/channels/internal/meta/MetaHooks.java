package no.samtale.channels.internal.meta;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.platform.RandomTokens;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Steps the Meta tests share: building, signing and sending webhook deliveries, and reading what came of them. */
final class MetaHooks {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Api api;

	private final JdbcClient jdbc;

	MetaHooks(Api api, JdbcClient jdbc) {
		this.api = api;
		this.jdbc = jdbc;
	}

	/** A page feed delivery with one comment change, shaped as Meta sends it. */
	static String comment(String page, String commentId, String parentId, String message, Instant at, String verb) {
		return "{\"object\":\"page\",\"entry\":[" + entry(page, commentId, parentId, message, at, verb) + "]}";
	}

	static String entry(String page, String commentId, String parentId, String message, Instant at, String verb) {
		String post = page + "_777";
		return """
				{"id":"%s","time":%d,"changes":[{"field":"feed","value":{"from":{"id":"24000000000001","name":"Kari Nordmann"},
				 "post":{"id":"%s","status_type":"added_photos"},%s"post_id":"%s","comment_id":"%s","parent_id":"%s",
				 "created_time":%d,"item":"comment","verb":"%s"}}]}""".formatted(page, at.getEpochSecond(), post,
				message == null ? "" : "\"message\":\"" + message + "\",", post, commentId,
				parentId == null ? post : parentId, at.getEpochSecond(), verb);
	}

	int send(String body, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + "/webhooks/meta"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
		if (signature != null) {
			request.header("X-Hub-Signature-256", signature);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	int sendSigned(String body) {
		return send(body,
				MetaWebhookIntegrationTests.WebhookSignatureHeader.of(IntegrationTest.META_APP_SECRET, body));
	}

	void sendAndAwait(String body) {
		if (sendSigned(body) != 200) {
			throw new AssertionError("Delivery refused");
		}
		awaitProcessed(body);
	}

	void awaitProcessed(String body) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !"RECEIVED".equals(state(body)));
	}

	long deliveries() {
		return jdbc.sql("select count(*) from channels_meta_delivery").query(Long.class).single();
	}

	long deliveriesOf(String body) {
		return jdbc.sql("select count(*) from channels_meta_delivery where body_hash = :hash")
			.param("hash", RandomTokens.sha256(body))
			.query(Long.class)
			.single();
	}

	String state(String body) {
		return jdbc.sql("select state from channels_meta_delivery where body_hash = :hash")
			.param("hash", RandomTokens.sha256(body))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	String error(String body) {
		return jdbc.sql("select error from channels_meta_delivery where body_hash = :hash")
			.param("hash", RandomTokens.sha256(body))
			.query(String.class)
			.single();
	}

	String inboundBody(String externalId) {
		return jdbc.sql("select body from channels_inbound where external_id = :id")
			.param("id", externalId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	String itemStatus(String externalId) {
		return jdbc.sql("select status from channels_meta_item where external_id = :id")
			.param("id", externalId)
			.query(String.class)
			.single();
	}

	/** The conversation (as listed) whose subject is this text, or null. */
	JsonNode conversationWith(Api reader, String text) {
		JsonNode items = reader.get("/api/v1/inbox/conversations?status=NEW&status=IN_PROGRESS&status=ANSWERED"
				+ "&status=AWAITING_APPROVAL&status=CLOSED&size=200&sort=newest").json().path("items");
		for (JsonNode item : items) {
			if (item.path("subject").asString().equals(text)) {
				return item;
			}
		}
		return null;
	}

}
