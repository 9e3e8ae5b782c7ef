import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Meta's Graph API, for trying Samtale's Meta connector on one machine. It answers what the connector
 * calls (replies, private replies, messages, hiding, scheduled posts, figures, names) with plausible ids and prints
 * each request on one line, so you can see what Samtale would have sent to Meta.
 *
 * <pre>java tools/FakeGraph.java 9999</pre>
 *
 * then start Samtale with {@code SAMTALE_META_GRAPH_URL=http://127.0.0.1:9999}.
 */
public class FakeGraph {

	private static final AtomicLong IDS = new AtomicLong(900_000);

	public static void main(String[] args) throws IOException {
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 9999;
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		server.createContext("/", FakeGraph::answer);
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.start();
		System.out.println("Fake Graph API on http://127.0.0.1:" + port);
	}

	private static void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String path = exchange.getRequestURI().getPath();
		// Page tokens are secrets even in a trial: never print them.
		String shown = (exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery())
			+ " " + body;
		shown = shown.replaceAll("access_token=[^&\\s]*", "access_token=…");
		System.out.printf("%s %s %s %s%n", Instant.now(), exchange.getRequestMethod(), path,
				shown.length() > 240 ? shown.substring(0, 240) + "…" : shown);
		String json;
		if (exchange.getRequestMethod().equals("GET")) {
			json = path.endsWith("/me") ? "{\"id\":\"1000000000001\",\"name\":\"NAV Foreldrepenger\"}" : "{\"data\":[]}";
		}
		else if (path.endsWith("/messages")) {
			json = "{\"recipient_id\":\"r1\",\"message_id\":\"m_" + IDS.incrementAndGet() + "\"}";
		}
		else if (path.endsWith("/comments") || path.endsWith("/feed") || path.endsWith("/replies")) {
			json = "{\"id\":\"" + IDS.incrementAndGet() + "\"}";
		}
		else {
			json = "{\"success\":true}";
		}
		byte[] out = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, out.length);
		try (OutputStream stream = exchange.getResponseBody()) {
			stream.write(out);
		}
	}

}
