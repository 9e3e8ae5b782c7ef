package no.samtale.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta webhook deliveries of one new comment (or a reply to one), signed as Meta signs them, for tests against a
 * running jar.
 */
public final class MetaComments {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String secret;

	private final String page;

	public MetaComments(String secret, String page) {
		this.secret = secret;
		this.page = page;
	}

	/** A delivery of one new comment on the page's post {@code page_777}. */
	public String comment(String commentId, String message) {
		return delivery(commentId, page + "_777", message);
	}

	/** A delivery of a reply to a comment: the same thread, so the same conversation in the inbox. */
	public String reply(String commentId, String parentCommentId, String message) {
		return delivery(commentId, parentCommentId, message);
	}

	private String delivery(String commentId, String parentId, String message) {
		long at = Instant.now().getEpochSecond();
		String post = page + "_777";
		return """
				{"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{"from":{"id":"24000000000001",
				"name":"Kari Nordmann"},"post":{"id":"%s","status_type":"added_photos"},"message":"%s","post_id":"%s",
				"comment_id":"%s","parent_id":"%s","created_time":%d,"item":"comment","verb":"add"}}]}]}"""
			.formatted(page, at, post, message, post, commentId, parentId, at);
	}

	/** Posts the delivery to the node's webhook with Meta's signature; answers the HTTP status. */
	public int deliver(String base, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/meta"))
			.header("Content-Type", "application/json")
			.header("X-Hub-Signature-256", signature)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
