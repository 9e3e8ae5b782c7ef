import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The intake half of bench/analytics-scale.sh: pushes N citizen messages through the intake API
 * ({@code POST /api/v1/channels/accounts/{id}/inbound}) from THREADS workers as fast as they are acknowledged, spread
 * over the accounts; every second message continues the thread of the one before, so half open a conversation and
 * half add to one. Prints one line: acknowledged per second and the acknowledgement's p50/p99 in ms. The script then
 * waits until every listener has handled them.
 *
 * Usage: java bench/AnalyticsScale.java BASE TOKEN ACCOUNT_IDS(comma) N THREADS RUN_LABEL
 */
public class AnalyticsScale {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		if (!args[0].startsWith("http://127.0.0.1") && !args[0].startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		String base = args[0];
		String token = args[1];
		String[] accounts = args[2].split(",");
		int n = Integer.parseInt(args[3]);
		int threads = Integer.parseInt(args[4]);
		String run = args[5];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<List<Double>>> workers = new ArrayList<>();
		long started = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			workers.add(pool.submit(() -> {
				List<Double> millis = new ArrayList<>();
				for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
					String account = accounts[(i / 2) % accounts.length];
					String thread = run + "-t" + (i / 2);
					String body = """
							{"externalId": "%s-m%d", "kind": "PUBLIC", "threadExternalId": "%s",
							 "authorExternalId": "%s-u%d", "authorName": "Borger %d",
							 "body": "Når kommer utbetalingen av foreldrepenger for %s?",
							 "context": {"externalId": "%s-post%d", "text": "Nye regler for foreldrepenger"}}"""
						.formatted(run, i, thread, run, i / 2, i / 2, i % 2 == 0 ? "mai" : "juni", run, i % 50);
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/channels/accounts/" + account + "/inbound"))
						.header("Authorization", "Bearer " + token)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build();
					long sent = System.nanoTime();
					HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
					millis.add((System.nanoTime() - sent) / 1e6);
					if (response.statusCode() != 202) {
						throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
					}
				}
				return millis;
			}));
		}
		List<Double> all = new ArrayList<>();
		for (Future<List<Double>> worker : workers) {
			all.addAll(worker.get());
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		Collections.sort(all);
		System.out.println(String.format(Locale.ROOT, "%.0f %.1f %.1f %.1f", all.size() / seconds, rank(all, 50),
				rank(all, 99), seconds));
	}

	static double rank(List<Double> sorted, int p) {
		return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
