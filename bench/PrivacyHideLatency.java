import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Time from a public comment's webhook to the Graph API call that hides it (issue 7: at most 5 s). Plays Meta on both
 * sides: posts signed feed webhooks, each a new comment holding a made-up fødselsnummer, and serves a fake Graph API
 * on GRAPH_PORT that notes when each comment's {@code is_hidden=true} arrives. Prints a Markdown row.
 *
 * Usage: java bench/PrivacyHideLatency.java BASE GRAPH_PORT APP_SECRET PAGE_ID COUNT PER_SECOND
 */
public class PrivacyHideLatency {

	private static final String NATIONAL_ID = "15088510140";

	private static final Map<String, Long> HIDDEN_AT = new ConcurrentHashMap<>();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		int graphPort = Integer.parseInt(args[1]);
		String secret = args[2];
		String page = args[3];
		int count = Integer.parseInt(args[4]);
		int perSecond = Integer.parseInt(args[5]);
		HttpServer graph = fakeGraph(graphPort);
		HttpClient client = HttpClient.newHttpClient();
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		long run = System.currentTimeMillis();
		for (int i = 0; i < count; i++) {
			String comment = page + "_" + run + i;
			long now = System.currentTimeMillis() / 1000;
			String body = """
					{"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{
					"from":{"id":"24%d","name":"Kari Nordmann"},"post":{"id":"%s_1","status_type":"added_photos"},
					"message":"Fnr mitt er %s, hvorfor er saken ikke behandlet?","post_id":"%s_1","comment_id":"%s",
					"parent_id":"%s_1","created_time":%d,"item":"comment","verb":"add"}}]}]}
					""".formatted(page, now, i, page, NATIONAL_ID, page, comment, page, now);
			sentAt.put(comment, System.nanoTime());
			HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/meta"))
				.header("Content-Type", "application/json")
				.header("X-Hub-Signature-256", "sha256=" + hmac(secret, body))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Webhook answered " + response.statusCode());
			}
			Thread.sleep(1000 / perSecond);
		}
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (HIDDEN_AT.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		graph.stop(0);
		List<Double> millis = new ArrayList<>();
		sentAt.forEach((comment, sent) -> {
			Long hidden = HIDDEN_AT.get(comment);
			if (hidden != null) {
				millis.add((hidden - sent) / 1e6);
			}
		});
		Collections.sort(millis);
		System.out.println("| comments | hidden | p50 ms | p95 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|---|");
		System.out.printf(Locale.ROOT, "| %d | %d | %.0f | %.0f | %.0f | %.0f |%n", count, millis.size(), at(millis, 0.50),
				at(millis, 0.95), at(millis, 0.99), millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1));
	}

	/** Answers what Samtale asks of Meta; notes the moment each comment is hidden. */
	private static HttpServer fakeGraph(int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String path = exchange.getRequestURI().getPath();
			if ("POST".equals(exchange.getRequestMethod()) && body.contains("is_hidden=true")) {
				HIDDEN_AT.putIfAbsent(path.substring(path.lastIndexOf('/') + 1), System.nanoTime());
				answer(exchange, "{\"success\":true}");
			}
			else if ("POST".equals(exchange.getRequestMethod())) {
				answer(exchange, "{\"id\":\"bench_" + System.nanoTime() + "\",\"message_id\":\"m\",\"recipient_id\":\"r\"}");
			}
			else {
				answer(exchange, "{\"data\":[],\"id\":\"1000000000001\",\"name\":\"NAV Foreldrepenger\"}");
			}
		});
		server.start();
		return server;
	}

	private static void answer(HttpExchange exchange, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private static double at(List<Double> sorted, double quantile) {
		return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
	}

	private static String hmac(String secret, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

}
