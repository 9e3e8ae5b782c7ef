import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A paced load driver for the public channel guide beside a static file of the same server: RATE requests a second in
 * all for SECONDS seconds, every other request a guide request (the API and the no-script page in turn, over the
 * demo's topics, needs and places) and the rest the static file, after a 5 s warm-up that is not counted. Each
 * request's latency is taken from the moment it was due, not sent, so a server that falls behind is not flattered.
 * Prints Markdown rows with percentiles and the guide's p99 as a ratio of the static file's.
 *
 * Usage: java bench/GuideLoad.java BASE_URL RATE SECONDS STATIC_PATH
 */
public class GuideLoad {

	static final String[] TOPICS = { "foreldrepenger", "sykepenger", "dagpenger", "arbeid", "sosialhjelp", "pensjon",
			"uforetrygd", "aap", "barnetrygd", "kontantstotte", "hjelpemidler" };

	static final String[] NEEDS = { "", "interpreter", "digital-help", "hearing-speech", "crisis" };

	static final String[] PLACES = { "", "Hamar", "2317", "Bergen", "0271", "9008" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		int rate = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		String staticPath = args[3];
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		run(http, base, staticPath, rate, 5, false);
		run(http, base, staticPath, rate, seconds, true);
	}

	static void run(HttpClient http, String base, String staticPath, int rate, int seconds, boolean print)
			throws InterruptedException {
		int total = rate * seconds;
		long intervalNanos = 1_000_000_000L / rate;
		List<Long> api = Collections.synchronizedList(new ArrayList<>());
		List<Long> page = Collections.synchronizedList(new ArrayList<>());
		List<Long> file = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger next = new AtomicInteger();
		int workers = 64;
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		long start = System.nanoTime() + 50_000_000L;
		for (int w = 0; w < workers; w++) {
			pool.submit(() -> {
				int n;
				while ((n = next.getAndIncrement()) < total) {
					long due = start + n * intervalNanos;
					long wait = due - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
					String path;
					List<Long> into;
					if (n % 2 == 1) {
						path = staticPath;
						into = file;
					}
					else {
						String query = "topic=" + TOPICS[n % TOPICS.length] + "&need=" + NEEDS[(n / 3) % NEEDS.length]
								+ "&municipality=" + PLACES[(n / 7) % PLACES.length] + "&lang=nb";
						boolean isPage = n % 4 == 2;
						path = (isPage ? "/veiviser?" : "/api/v1/public/guide?") + query;
						into = isPage ? page : api;
					}
					int status = call(http, base + path);
					into.add(System.nanoTime() - due);
					if (status != 200) {
						failures.incrementAndGet();
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
		double took = (System.nanoTime() - start) / 1e9;
		if (!print) {
			return;
		}
		System.out.println("| request | requests | p50 ms | p95 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|---|");
		row("GET /api/v1/public/guide", api);
		row("GET /veiviser (server-rendered page)", page);
		row("GET " + staticPath + " (static file)", file);
		List<Long> guide = new ArrayList<>(api);
		guide.addAll(page);
		System.out.printf(Locale.ROOT, "%nasked %d requests/s for %d s; served %.0f requests/s, %d not 200%n", rate,
				seconds, total / took, failures.get());
		System.out.printf(Locale.ROOT, "guide p99 / static p99 = %.2f; guide p50 / static p50 = %.2f%n",
				ms(sorted(guide), 0.99) / ms(sorted(file), 0.99), ms(sorted(guide), 0.50) / ms(sorted(file), 0.50));
	}

	static void row(String name, List<Long> nanos) {
		List<Long> sorted = sorted(nanos);
		System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", name, sorted.size(), ms(sorted, 0.50),
				ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
	}

	static List<Long> sorted(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted;
	}

	static int call(HttpClient http, String url) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	static double ms(List<Long> sorted, double quantile) {
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
