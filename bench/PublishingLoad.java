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
 * calendar BASE TOKEN ROUNDS STATIC: the editorial calendar's month view (the grid the page asks for: Monday before
 * the 1st to Sunday after the month's end) called ROUNDS times one after another as an editor, each call followed by
 * one to a static file of the same server (STATIC), so the two are measured in the same run. Prints a Markdown table
 * (p50, p99, max in ms, answer size) and the ratio calendar / static.
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
		String url = base + "/api/v1/publishing/calendar?from=" + from + "&to=" + to;
		List<Double> calendar = new ArrayList<>();
		List<Double> file = new ArrayList<>();
		long bytes = 0;
		int posts = 0;
		for (int i = 0; i < rounds + 5; i++) {
			long started = System.nanoTime();
			HttpResponse<String> answer = send(get(url, token));
			double took = (System.nanoTime() - started) / 1e6;
			started = System.nanoTime();
			send(get(base + staticPath, null));
			double tookStatic = (System.nanoTime() - started) / 1e6;
			if (i >= 5) { // the first five warm the JIT and the caches
				calendar.add(took);
				file.add(tookStatic);
				bytes = answer.body().length();
				posts = count(answer.body(), "\"publishAt\"");
			}
		}
		Collections.sort(calendar);
		Collections.sort(file);
		System.out.println("| call | calls | p50 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|");
		row("GET /api/v1/publishing/calendar, month grid " + from + "–" + to + " (" + posts + " posts, "
				+ bytes / 1024 + " KiB)", calendar);
		row("GET " + staticPath + " (static file, same run)", file);
		System.out.println();
		System.out.println(String.format(Locale.ROOT, "ratio calendar / static: p50 %.1f, p99 %.1f",
				rank(calendar, 50) / rank(file, 50), rank(calendar, 99) / rank(file, 99)));
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

	static void row(String name, List<Double> sorted) {
		System.out.println(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", name, sorted.size(),
				rank(sorted, 50), rank(sorted, 99), sorted.get(sorted.size() - 1)));
	}

	static double rank(List<Double> sorted, int p) {
		return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
