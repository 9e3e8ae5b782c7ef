import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Load driver for analytics (issue 16): the dashboard's calls (an account's last 30 days, a team's service over 30
 * days) and the year report's (an account's last 365 days, a team's service over a year), each called ROUNDS times
 * one after another, as an analyst's page does. Prints Markdown rows: p50, p99 and max in milliseconds.
 *
 * Usage: java bench/AnalyticsLoad.java BASE TOKEN ACCOUNT_IDS(comma) TEAM_ID ROUNDS
 */
public class AnalyticsLoad {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		if (!args[0].startsWith("http://127.0.0.1") && !args[0].startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
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

	static double rank(List<Double> sorted, int p) {
		return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
