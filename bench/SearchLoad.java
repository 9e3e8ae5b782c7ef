import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load driver for similar-question suggestions: CLIENTS concurrent clients send REQUESTS requests in all to
 * GET /api/v1/search/similar?q=...&limit=5, cycling through the questions in QUESTIONS_FILE (one a line), after
 * a warm-up of 300 requests that is not counted. Prints one Markdown row with latency percentiles. Runs only
 * against a server on this machine. With TARGET {@code info} it sends the same requests to GET /api/v1/info
 * instead (no search, no database): the same server's floor, measured in the same run as the limit beside the
 * figure.
 *
 * Usage: java bench/SearchLoad.java BASE_URL TOKEN CLIENTS REQUESTS QUESTIONS_FILE [similar|info]
 */
public class SearchLoad {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		String token = args[1];
		int clients = Integer.parseInt(args[2]);
		int requests = Integer.parseInt(args[3]);
		List<String> questions = Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8);
		boolean info = args.length > 5 && args[5].equals("info");
		String path = info ? "/api/v1/info" : "/api/v1/search/similar";
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		for (int i = 0; i < 300; i++) {
			call(http, base, token, questions.get(i % questions.size()), info);
		}
		List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				int n;
				while ((n = next.getAndIncrement()) < requests) {
					long t0 = System.nanoTime();
					int status = call(http, base, token, questions.get(n % questions.size()), info);
					nanos.add(System.nanoTime() - t0);
					if (status != 200) {
						failures.incrementAndGet();
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - started) / 1e9;
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		// Failed requests are counted in the row: an error answers fast and would flatter the latencies.
		System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f |%n",
				path, clients, sorted.size(), failures.get(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0),
				sorted.size() / seconds);
	}

	private static int call(HttpClient http, String base, String token, String question, boolean info) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(info ? base + "/api/v1/info"
					: base + "/api/v1/search/similar?limit=5&q=" + URLEncoder.encode(question, StandardCharsets.UTF_8)))
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(30))
				.build();
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	private static double ms(List<Long> sorted, double quantile) {
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
