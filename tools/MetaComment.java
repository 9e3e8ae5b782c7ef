import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends Samtale one signed Meta webhook: a citizen's new comment on a Facebook page, as Meta would send it.
 *
 * <pre>java tools/MetaComment.java http://localhost:8080 APP_SECRET PAGE_ID COMMENT_ID "Når kommer pengene?"</pre>
 *
 * The demo's NAV Foreldrepenger page is {@code 1000000000001}; APP_SECRET is Samtale's SAMTALE_META_APP_SECRET.
 */
public class MetaComment {

	public static void main(String[] args) throws Exception {
		if (args.length != 5) {
			System.err.println("usage: java tools/MetaComment.java BASE_URL APP_SECRET PAGE_ID COMMENT_ID MESSAGE");
			System.exit(2);
		}
		String base = args[0], secret = args[1], page = args[2], comment = args[3], message = args[4];
		long now = System.currentTimeMillis() / 1000;
		String post = page + "_777";
		String body = """
				{"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{\
				"from":{"id":"24000000000001","name":"Kari Nordmann"},"post_id":"%s","comment_id":"%s",\
				"parent_id":"%s","message":"%s","created_time":%d,"item":"comment","verb":"add"}}]}]}"""
			.formatted(page, now, post, comment, post, json(message), now);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/meta"))
				.header("Content-Type", "application/json")
				.header("X-Hub-Signature-256", signature)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		System.out.println(response.statusCode() + " " + response.body());
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.toString();
	}

}
