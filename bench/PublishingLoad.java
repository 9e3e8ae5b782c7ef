import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for publishing (issue 15).
 *
 * calendar BASE TOKEN ROUNDS STATIC: the calls the editorial calendar's page makes, as an editor, ROUNDS rounds one
 * after another: the month grid ({@code /calendar/days}, Monday before the 1st to Sunday after the month's end, five
 * posts a day, as the page asks), the next two weeks' counts and the list's first page, one day's "N more" page, and
 * (fewer rounds) the older whole-period {@code /calendar} for comparison; each round ends with a call to a static file
 * of the same server (STATIC), so both are measured in the same run. Prints a Markdown table (p50, p99, max in ms,
 * posts listed, answer size) and the ratio month grid / static.
 *
 * due BASE AUTHOR_TOKEN APPROVER_TOKEN ACCOUNT_IDS(comma) N THREADS: writes N posts over the accounts, all due in the
 * same minute (a minute boundary 4 to 5 minutes from now, time to write them on a loaded machine), each submitted by its author and approved by
 * the partner, THREADS at a time. Prints the due instant (ISO-8601) on the last line; the script then reads from the
 * database when each was handed to its connector.
 *
 * graph PORT LOG DELAY_MS: a fake Meta Graph API on 127.0.0.1:PORT for the demo's Facebook page: {@code GET /me} names
 * the page, {@code POST /{page}/feed} answers a new post id after DELAY_MS (the real one takes a few hundred), other
 * calls succeed with nothing; every POST is written to LOG as one line (path, then the body) to count duplicates.
 */
public class PublishingLoad {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	public static void main(String[] args) throws Exception {
		if (!args[0].equals("graph") && !args[1].startsWith("http://127.0.0.1") && !args[1].startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		if (args[0].equals("graph")) {
			graph(Integer.parseInt(args[1]), args[2], Integer.parseInt(args[3]));
			return;
		}
		if (args[0].equals("calendar")) {
			calendar(args[1], args[2], Integer.parseInt(args[3]), args[4]);
		}
		else {
			due(args[1], args[2], args[3], args[4].split(","), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
		}
	}

	static void calendar(String base, String token, int rounds, String staticPath) throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
		LocalDate first = today.withDayOfMonth(1);
		LocalDate from = first.minusDays(first.getDayOfWeek().getValue() - 1);
		LocalDate last = today.withDayOfMonth(today.lengthOfMonth());
		LocalDate to = last.plusDays(7 - last.getDayOfWeek().getValue());
		LocalDate busy = first.plusDays(14);
		String api = base + "/api/v1/publishing/calendar";
		// What /publisering asks when it opens (the month grid, the next two weeks' counts and the list's first page),
		// what "N more" on a day asks, and the older whole-period shape for comparison.
		List<String[]> calls = List.of(
				new String[] { "GET /calendar/days, month grid " + from + "–" + to + ", 5 a day",
						api + "/days?from=" + from + "&to=" + to + "&perDay=5" },
				new String[] { "GET /calendar/days, two weeks of counts (perDay=0)",
						api + "/days?from=" + today + "&to=" + today.plusDays(13) + "&perDay=0" },
				new String[] { "GET /calendar/posts, list of two weeks, first page of 50",
						api + "/posts?from=" + today + "&to=" + today.plusDays(13) + "&page=0&size=50" },
				new String[] { "GET /calendar/posts, one day's \"N more\", first page of 50",
						api + "/posts?from=" + busy + "&to=" + busy + "&page=0&size=50" },
				new String[] { "GET /calendar (older shape: every post in full), month grid",
						api + "?from=" + from + "&to=" + to });
		List<List<Double>> times = new ArrayList<>();
		long[] bytes = new long[calls.size()];
		String[] sizes = new String[calls.size()];
		calls.forEach(c -> times.add(new ArrayList<>()));
		List<Double> file = new ArrayList<>();
		int oldRounds = Math.max(20, rounds / 4);
		for (int i = 0; i < rounds + 5; i++) {
			for (int c = 0; c < calls.size(); c++) {
				if (c == calls.size() - 1 && i >= oldRounds + 5) {
					continue; // the older shape is slow by design: fewer calls keep the run short
				}
				long started = System.nanoTime();
				HttpResponse<String> answer = send(get(calls.get(c)[1], token));
				double took = (System.nanoTime() - started) / 1e6;
				if (i >= 5) { // the first five warm the JIT and the caches
					times.get(c).add(took);
					bytes[c] = answer.body().length();
					sizes[c] = count(answer.body(), "\"publishAt\"") + " posts listed"
							+ (answer.body().contains("\"more\"") ? " of " + sum(answer.body(), DAY_POSTS) : "");
				}
			}
			long started = System.nanoTime();
			send(get(base + staticPath, null));
			if (i >= 5) {
				file.add((System.nanoTime() - started) / 1e6);
			}
		}
		Collections.sort(file);
		System.out.println("| call | calls | p50 ms | p99 ms | max ms | answer |");
		System.out.println("|---|---|---|---|---|---|");
		for (int c = 0; c < calls.size(); c++) {
			Collections.sort(times.get(c));
			row(calls.get(c)[0], times.get(c), sizes[c] + ", " + bytes[c] / 1024 + " KiB");
		}
		row("GET " + staticPath + " (static file, same run, after each round)", file, "");
		System.out.println();
		List<Double> grid = times.get(0);
		System.out.println(String.format(Locale.ROOT, "ratio month grid / static: p50 %.1f, p99 %.1f",
				rank(grid, 50) / rank(file, 50), rank(grid, 99) / rank(file, 99)));
	}

	private static final Pattern DAY_POSTS = Pattern.compile("\"posts\":(\\d+),\"statuses\"");

	static long sum(String text, Pattern numbers) {
		long total = 0;
		Matcher m = numbers.matcher(text);
		while (m.find()) {
			total += Long.parseLong(m.group(1));
		}
		return total;
	}

	static void due(String base, String author, String approver, String[] accounts, int n, int threads)
			throws Exception {
		Instant due = Instant.now().plusSeconds(240).truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<Long>> made = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < n; i++) {
			String account = accounts[i % accounts.length];
			int number = i;
			made.add(pool.submit(() -> {
				String body = "{\"accountId\": " + account + ", \"text\": \"Bench due " + due + " nr " + number
						+ "\", \"publishAt\": \"" + due + "\"}";
				long id = id(check(send(post(base + "/api/v1/publishing/posts", author, body)), 201));
				check(send(post(base + "/api/v1/publishing/posts/" + id + "/submit", author, "")), 200);
				check(send(post(base + "/api/v1/publishing/posts/" + id + "/approve", approver, "")), 200);
				return id;
			}));
		}
		for (Future<Long> f : made) {
			f.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - started) / 1e9;
		System.err.println(String.format(Locale.ROOT, "%d posts written, submitted and approved in %.1f s", n, seconds));
		if (Instant.now().isAfter(due)) {
			throw new IllegalStateException("Setting up took past the due minute; use fewer posts or more time");
		}
		System.out.println(due);
	}

	static void graph(int port, String log, int delayMs) throws Exception {
		java.util.concurrent.atomic.AtomicLong posts = new java.util.concurrent.atomic.AtomicLong(900000);
		java.io.PrintWriter out = new java.io.PrintWriter(new java.io.FileWriter(log, true), true);
		com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer
			.create(new java.net.InetSocketAddress("127.0.0.1", port), 256);
		server.setExecutor(Executors.newFixedThreadPool(32));
		server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			String answer;
			if (exchange.getRequestMethod().equals("POST")) {
				synchronized (out) {
					out.println(path + " " + java.net.URLDecoder.decode(body, java.nio.charset.StandardCharsets.UTF_8)
						.replace('\n', ' '));
				}
				try {
					Thread.sleep(delayMs);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				answer = path.endsWith("/feed")
						? "{\"id\": \"" + path.split("/")[path.split("/").length - 2] + "_" + posts.incrementAndGet() + "\"}"
						: "{\"success\": true}";
			}
			else {
				answer = path.endsWith("/me") ? "{\"id\": \"1000000000001\", \"name\": \"NAV Foreldrepenger\"}"
						: "{\"data\": []}";
			}
			byte[] bytes = answer.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
	}

	static HttpRequest get(String url, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).GET();
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder.build();
	}

	static HttpRequest post(String url, String token, String json) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	static HttpResponse<String> send(HttpRequest request) throws Exception {
		HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(request.uri() + ": HTTP " + response.statusCode() + " " + response.body());
		}
		return response;
	}

	static HttpResponse<String> check(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
		}
		return response;
	}

	static long id(HttpResponse<String> response) {
		Matcher m = ID.matcher(response.body());
		if (!m.find()) {
			throw new IllegalStateException("No id in " + response.body());
		}
		return Long.parseLong(m.group(1));
	}

	static int count(String text, String what) {
		int found = 0;
		for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
			found++;
		}
		return found;
	}

	static void row(String name, List<Double> sorted, String answer) {
		System.out.println(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s |", name, sorted.size(),
				rank(sorted, 50), rank(sorted, 99), sorted.get(sorted.size() - 1), answer));
	}

	static double rank(List<Double> sorted, int p) {
		return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
