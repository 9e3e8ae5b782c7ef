import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver for analytics (issue 16), in two modes. One file, as bench drivers run as single-file source programs
 * (Java 17 cannot launch two files), so the two share the checks and the percentiles here.
 *
 * <p>{@code reads}: the dashboard's calls (an account's last 30 days, a team's service over 30 days) and the year
 * report's (an account's last 365 days, a team's service over a year), each called ROUNDS times one after another, as
 * an analyst's page does. Prints Markdown rows: p50, p99 and max in milliseconds.
 *
 * <p>{@code intake}, the intake half of bench/analytics-scale.sh: pushes N citizen messages through the intake API
 * ({@code POST /api/v1/channels/accounts/{id}/inbound}) from THREADS workers as fast as they are acknowledged, spread
 * over the accounts; every second message continues the thread of the one before, so half open a conversation and
 * half add to one. Prints one line: acknowledged per second, the acknowledgement's p50/p99 in ms and the seconds it
 * took. The script then waits until every listener has handled them.
 *
 * <p>Usage: {@code java bench/AnalyticsLoad.java reads BASE TOKEN ACCOUNT_IDS(comma) TEAM_ID ROUNDS} or
 * {@code java bench/AnalyticsLoad.java intake BASE TOKEN ACCOUNT_IDS(comma) N THREADS RUN_LABEL}
 */
public class AnalyticsLoad {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		if (!args[1].startsWith("http://127.0.0.1") && !args[1].startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		switch (args[0]) {
			case "reads" -> reads(rest);
			case "intake" -> intake(rest);
			default -> throw new IllegalArgumentException("The mode is reads or intake, not " + args[0]);
		}
	}

	static void reads(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		String[] accounts = args[2].split(",");
		String team = args[3];
		int rounds = Integer.parseInt(args[4]);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
		String month = "from=" + today.minusDays(29) + "&to=" + today;
		String year = "from=" + today.minusDays(365) + "&to=" + today.minusDays(1);
		System.out.println("| call | calls | p50 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|");
		measure("account, last 30 days (dashboard)", rounds, i -> base + "/api/v1/analytics/accounts/"
				+ accounts[i % accounts.length] + "/daily?" + month, token);
		measure("team service, last 30 days (dashboard)", rounds,
				i -> base + "/api/v1/analytics/teams/" + team + "/service?" + month, token);
		measure("account, year (year report)", rounds, i -> base + "/api/v1/analytics/accounts/"
				+ accounts[i % accounts.length] + "/daily?" + year, token);
		measure("team service, year (year report)", rounds,
				i -> base + "/api/v1/analytics/teams/" + team + "/service?" + year, token);
		measure("account, year as XLSX", Math.max(1, rounds / 5), i -> base + "/api/v1/analytics/accounts/"
				+ accounts[i % accounts.length] + "/daily?" + year + "&format=xlsx", token);
	}

	interface Url {
		String of(int i);
	}

	static void measure(String name, int rounds, Url url, String token) throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < rounds + 5; i++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url.of(i)))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build();
			long started = System.nanoTime();
			HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
			double took = (System.nanoTime() - started) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(name + ": HTTP " + response.statusCode());
			}
			if (i >= 5) { // the first five warm the JIT and the caches
				millis.add(took);
			}
		}
		Collections.sort(millis);
		System.out.println(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |", name, millis.size(),
				rank(millis, 50), rank(millis, 99), millis.get(millis.size() - 1)));
	}

	static void intake(String[] args) throws Exception {
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
