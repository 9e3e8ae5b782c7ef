import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the inbox (issue 5). Three measurements, each printed as Markdown rows:
 *
 * intake BASE ADMIN_TOKEN ACCOUNT RATE SECONDS: citizen messages pushed at a fixed RATE per second (open loop:
 * latency counts from the moment a message was due, so a slow server cannot hide its queue), each stored
 * durably before the 202.
 *
 * list BASE TOKEN READERS SECONDS: advisors paging the default queue and a filtered one, as fast as answers come.
 *
 * approval BASE ADMIN_TOKEN ACCOUNT AUTHOR_TOKEN PARTNER_TOKEN ROUNDS: the partner's open page (an SSE stream)
 * and the author drafting replies; the time from the author's request to the partner's event.
 *
 * Runs only against a server on this machine.
 */
public class InboxLoad {

	private static final HttpClient CLIENT = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();

	public static void main(String[] args) throws Exception {
		if (!args[1].startsWith("http://127.0.0.1") && !args[1].startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		switch (args[0]) {
			case "intake" -> intake(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
			case "list" -> list(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
			case "approval" -> approval(args[1], args[2], args[3], args[4], args[5], Integer.parseInt(args[6]));
			default -> throw new IllegalArgumentException("intake, list or approval");
		}
		System.exit(0);
	}

	static void intake(String base, String token, String account, int rate, int seconds) throws Exception {
		int workers = 64;
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		long total = (long) rate * seconds;
		long start = System.nanoTime() + 200_000_000L;
		CountDownLatch done = new CountDownLatch(workers);
		for (int w = 0; w < workers; w++) {
			int worker = w;
			pool.submit(() -> {
				for (long i = worker; i < total; i += workers) {
					long due = start + i * 1_000_000_000L / rate;
					long wait = due - System.nanoTime();
					if (wait > 0) {
						sleep(wait);
					}
					boolean comment = ThreadLocalRandom.current().nextInt(10) < 7;
					String thread = comment ? "bench-post-" + ThreadLocalRandom.current().nextInt(5000)
							: "bench-user-" + ThreadLocalRandom.current().nextInt(20000);
					String body = """
							{"externalId": "%s", "kind": "%s", "threadExternalId": "%s", "authorExternalId": "a-%d",
							 "authorName": "Benchmark Borger", "body": "Hei! Når kommer utbetalingen av foreldrepenger for november?"}
							""".formatted(UUID.randomUUID(), comment ? "PUBLIC" : "PRIVATE", thread, i % 20000);
					int status = post(base + "/api/v1/channels/accounts/" + account + "/inbound", token, body);
					latencies.add(System.nanoTime() - due);
					if (status != 202) {
						errors.incrementAndGet();
					}
				}
				done.countDown();
			});
		}
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		header();
		row("POST …/inbound at " + rate + "/s for " + seconds + " s (achieved " + String.format(Locale.ROOT, "%.0f",
				total / elapsed) + "/s, " + errors.get() + " errors)", new ArrayList<>(latencies));
		pool.shutdownNow();
	}

	static void list(String base, String token, int readers, int seconds) throws Exception {
		ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> filtered = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long warm = System.nanoTime() + 5_000_000_000L;
		for (int r = 0; r < readers; r++) {
			pool.submit(() -> {
				while (System.nanoTime() < end) {
					boolean plain = ThreadLocalRandom.current().nextBoolean();
					int page = ThreadLocalRandom.current().nextInt(20);
					String path = plain ? "/api/v1/inbox/conversations?page=" + page
							: "/api/v1/inbox/conversations?status=NEW&kind=PRIVATE&assignee=none&sort=newest&page=" + page;
					long t = System.nanoTime();
					int status = get(base + path, token);
					long took = System.nanoTime() - t;
					if (status != 200) {
						errors.incrementAndGet();
					}
					if (t > warm) {
						(plain ? queue : filtered).add(took);
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 30, TimeUnit.SECONDS);
		header();
		row("GET /api/v1/inbox/conversations (the default queue), " + readers + " advisors, " + errors.get()
				+ " errors", new ArrayList<>(queue));
		row("GET …?status=NEW&kind=PRIVATE&assignee=none&sort=newest, " + readers + " advisors",
				new ArrayList<>(filtered));
	}

	static void approval(String base, String admin, String account, String author, String partner, int rounds)
			throws Exception {
		List<Long> conversations = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			String text = "Approval round " + i + " " + UUID.randomUUID();
			post(base + "/api/v1/channels/accounts/" + account + "/inbound", admin, """
					{"externalId": "%s", "kind": "PUBLIC", "threadExternalId": "%s", "authorExternalId": "a",
					 "authorName": "Borger", "body": "%s"}""".formatted(UUID.randomUUID(), UUID.randomUUID(), text));
			conversations.add(waitForConversation(base, author, text));
		}
		ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
		HttpRequest stream = HttpRequest.newBuilder(URI.create(base + "/api/v1/inbox/stream"))
			.header("Authorization", "Bearer " + partner)
			.header("Accept", "text/event-stream")
			.build();
		HttpResponse<java.io.InputStream> open = CLIENT.send(stream, HttpResponse.BodyHandlers.ofInputStream());
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(open.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("data:") && line.contains("replyId")) {
						events.add(System.nanoTime() + " " + line);
					}
				}
			}
			catch (Exception ignored) {
				// the stream closes when the driver exits
			}
		});
		reader.setDaemon(true);
		reader.start();
		Thread.sleep(500);
		List<Long> latencies = new ArrayList<>();
		Pattern id = Pattern.compile("\"id\":(\\d+)");
		for (long conversation : conversations) {
			events.clear();
			long sent = System.nanoTime();
			String body = send(base + "/api/v1/inbox/conversations/" + conversation + "/replies", author,
					"{\"body\": \"Hei! Vi svarer deg her.\", \"visibility\": \"PUBLIC\"}");
			Matcher m = id.matcher(body);
			m.find();
			String replyId = "\"replyId\":" + m.group(1);
			long seen = 0;
			while (seen == 0 && System.nanoTime() - sent < 5_000_000_000L) {
				for (String event : events) {
					if (event.contains(replyId)) {
						seen = Long.parseLong(event.substring(0, event.indexOf(' ')));
					}
				}
				Thread.onSpinWait();
			}
			latencies.add(seen == 0 ? 5_000_000_000L : seen - sent);
		}
		header();
		row("reply drafted → the partner's open page has it (SSE), " + rounds + " rounds", latencies);
	}

	private static long waitForConversation(String base, String token, String text) throws Exception {
		Pattern first = Pattern.compile("\"items\":\\[\\{\"id\":(\\d+)");
		for (int attempt = 0; attempt < 100; attempt++) {
			String body = send(base + "/api/v1/inbox/conversations?sort=newest&size=1&q="
					+ java.net.URLEncoder.encode(text, StandardCharsets.UTF_8), token, null);
			Matcher m = first.matcher(body);
			if (m.find()) {
				return Long.parseLong(m.group(1));
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("The conversation never appeared");
	}

	private static int post(String url, String token, String json) {
		try {
			return CLIENT.send(request(url, token).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	private static int get(String url, String token) {
		try {
			return CLIENT.send(request(url, token).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	private static String send(String url, String token, String json) throws Exception {
		HttpRequest.Builder request = request(url, token);
		request = json == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(json));
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static HttpRequest.Builder request(String url, String token) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json");
	}

	private static void sleep(long nanos) {
		try {
			TimeUnit.NANOSECONDS.sleep(nanos);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void header() {
		System.out.println("| measurement | count | p50 | p95 | p99 | max |");
		System.out.println("|---|---|---|---|---|---|");
	}

	private static void row(String what, List<Long> nanos) {
		Collections.sort(nanos);
		System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", what, nanos.size(), ms(nanos, 0.50),
				ms(nanos, 0.95), ms(nanos, 0.99), ms(nanos, 1.0));
	}

	private static String ms(List<Long> sorted, double q) {
		if (sorted.isEmpty()) {
			return "–";
		}
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
		return String.format(Locale.ROOT, "%.1f ms", sorted.get(Math.max(0, index)) / 1e6);
	}

}
