import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nettprat's live stream under load: PAGES open pages on one nettprat's stream while QUESTIONS questions a
 * second are asked and approved and VOTES votes a second are cast; every two seconds the leader answers one, and
 * the driver measures when each open page receives that answer. Then the same broadcast from a bare SseEmitter
 * endpoint in the same application (a forum discussion's stream, platform's SseHub): the same number of pages, a
 * reply every two seconds, while the same question and vote requests go on (the nettprat's pages closed by then).
 * The first phase's connections are closed, and the server made to notice, before the second opens its own.
 * Prints Markdown rows for docs/benchmarks.md.
 * Runs only against a server on this machine and stops by itself.
 *
 * Usage: java bench/NettpratStream.java BASE_URL EVENT_ID DISCUSSION_ID PAGES SECONDS QUESTIONS VOTES
 */
public class NettpratStream {

	static final List<String> VOTERS = List.of("ansatt", "ansatt2", "ansatt3", "veileder1", "veileder2", "veileder3",
			"veileder4", "veileder5", "fagperson", "fagperson2", "fagperson3", "redaktor", "redaktor2", "analytiker",
			"analytiker2", "moderator2", "leder2", "personvern", "admin", "veileder1");

	/** For the driver's own requests (questions, votes, answers); each phase's pages have a client of their own. */
	static HttpClient client;

	/** Open pages read by one client, that is by one selector thread of the driver. */
	static final int PAGES_PER_CLIENT = 250;

	static String base;

	public static void main(String[] args) throws Exception {
		base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		long event = Long.parseLong(args[1]);
		long discussion = Long.parseLong(args[2]);
		int pages = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		int questionsPerSecond = Integer.parseInt(args[5]);
		int votesPerSecond = Integer.parseInt(args[6]);
		client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(20)).build();

		System.out.println("| stream | open pages | load | broadcasts | reached within 1 s | p50 | p99 | max | missed |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		Runnable loadOnTheNettprat = () -> load(event, seconds, questionsPerSecond, votesPerSecond);
		// Something for every open page of the event to be sent, so the server finds the pages closed and lets them go.
		Runnable pokeTheNettprat = () -> {
			try {
				long q = post("/api/v1/events/live/" + event + "/questions", "ansatt3", "{\"text\":\"Etter målingen\",\"anonymous\":true}");
				post("/api/v1/events/live/" + event + "/questions/" + q + "/approve", "moderator", "");
			}
			catch (Exception e) {
				// the pages are then let go when their writes time out
			}
		};
		Result nettprat = measure("/api/v1/events/live/" + event + "/stream", pages, seconds, marker -> {
			long question = post("/api/v1/events/live/" + event + "/questions", "ansatt",
					"{\"text\":\"Målt spørsmål " + marker + "\",\"anonymous\":false}");
			post("/api/v1/events/live/" + event + "/questions/" + question + "/approve", "moderator", "");
			return () -> post("/api/v1/events/live/" + event + "/questions/" + question + "/answer", "leder",
					"{\"body\":\"Målt svar " + marker + "\"}");
		}, loadOnTheNettprat, pokeTheNettprat);
		String load = questionsPerSecond + " questions/s, " + votesPerSecond + " votes/s";
		nettprat.print("nettprat (platform SseStream, approvals and votes in one change per tick)", load);
		// The same load on the nettprat meanwhile, so both streams are measured on an equally busy server.
		Result bare = measure("/api/v1/discussions/" + discussion + "/stream", pages, seconds,
				marker -> () -> post("/api/v1/discussions/" + discussion + "/messages", "fagperson",
						"{\"body\":\"Målt svar " + marker + "\"}"),
				loadOnTheNettprat, () -> { });
		bare.print("forum discussion (platform SseHub), the same requests running", load);
		System.exit(0);
	}

	interface Prepare {

		Send broadcast(String marker) throws Exception;

	}

	interface Send {

		long run() throws Exception;

	}

	record Result(int pages, int opened, List<Long> latencies, int broadcasts, long missed, long within) {

		void print(String name, String load) {
			Collections.sort(latencies);
			long expected = (long) broadcasts * opened;
			System.out.printf(Locale.ROOT, "| %s | %d of %d | %s | %d | %.1f %% | %s | %s | %s | %d |%n", name, opened, pages,
					load, broadcasts, expected == 0 ? 0 : 100.0 * within / expected,
					pct(0.5), pct(0.99), latencies.isEmpty() ? "–" : latencies.get(latencies.size() - 1) + " ms", missed);
		}

		String pct(double p) {
			return latencies.isEmpty() ? "–" : latencies.get((int) Math.min(latencies.size() - 1, Math.floor(p * latencies.size()))) + " ms";
		}

	}

	/**
	 * Opens the pages, runs the background load and a broadcast every two seconds, and measures each broadcast's
	 * arrival at each page. At the end the pages are closed: each request is cancelled, which since Java 16 aborts
	 * its exchange and closes its connection (cancelling only the body's subscription left the sockets open, and
	 * the next phase found the server near Tomcat's connection limit); the phase's client is shut down where the
	 * JDK can (21+); and {@code afterClose} gives the server something to write to each page, so it finds them
	 * closed and frees them before the next phase opens its own.
	 */
	static Result measure(String path, int pages, int seconds, Prepare prepare, Runnable background, Runnable afterClose)
			throws Exception {
		// A client reads all its connections on one selector thread; 5,000 pages on one client measured that
		// thread, not the server. Browsers read their own pages, so the pages are spread over many clients.
		java.util.concurrent.ExecutorService pageThreads = Executors.newFixedThreadPool(4);
		List<HttpClient> pageClients = new ArrayList<>();
		for (int c = 0; c < (pages + PAGES_PER_CLIENT - 1) / PAGES_PER_CLIENT; c++) {
			pageClients.add(HttpClient.newBuilder().executor(pageThreads).connectTimeout(Duration.ofSeconds(20)).build());
		}
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		List<Long> latencies = new CopyOnWriteArrayList<>();
		List<Long> requestMillis = new ArrayList<>();
		AtomicInteger opened = new AtomicInteger();
		// What a page received, by key: the marker in a nettprat answer, or the id of a forum message.
		Pattern marker = Pattern.compile("Målt svar (m[0-9]+)|\"messageId\":([0-9]+)");
		Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
		List<Flow.Subscription> subscriptions = new CopyOnWriteArrayList<>();
		List<java.util.concurrent.CompletableFuture<HttpResponse<Void>>> pending = new ArrayList<>();
		for (int i = 0; i < pages; i++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
				.header("Authorization", "Bearer demo-token-" + VOTERS.get(i % VOTERS.size()))
				.header("Accept", "text/event-stream")
				.build();
			pending.add(pageClients.get(i / PAGES_PER_CLIENT).sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {

				public void onSubscribe(Flow.Subscription subscription) {
					subscriptions.add(subscription);
					subscription.request(Long.MAX_VALUE);
				}

				public void onNext(String line) {
					if (line.startsWith("data:")) {
						Matcher found = marker.matcher(line);
						if (found.find()) {
							String key = found.group(1) != null ? found.group(1) : found.group(2);
							arrivals.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
						}
					}
				}

				public void onError(Throwable throwable) {
				}

				public void onComplete() {
				}

			})));
			if (i % 100 == 99) {
				Thread.sleep(50); // the server's accept queue takes a hundred at a time
			}
		}
		// A stream's response completes only when the stream ends: a page counts as open once its body has started.
		long waitUntil = System.nanoTime() + 120_000_000_000L;
		while (subscriptions.size() < pages && System.nanoTime() < waitUntil) {
			Thread.sleep(200);
		}
		opened.set(subscriptions.size());
		Thread.sleep(2000);
		Thread loader = new Thread(background);
		loader.setDaemon(true);
		loader.start();
		int broadcasts = 0;
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < end) {
			String id = "m" + System.nanoTime();
			Send send = prepare.broadcast(id);
			long t0 = System.nanoTime();
			long messageId = send.run();
			requestMillis.add((System.nanoTime() - t0) / 1_000_000);
			// The nettprat's answer carries the marker; the forum's event only the new message's id.
			sentAt.put(id, t0);
			sentAt.put(Long.toString(messageId), t0);
			broadcasts++;
			Thread.sleep(2000);
		}
		Thread.sleep(3000);
		System.err.println("the broadcasting request itself took (ms, in order): " + requestMillis);
		sentAt.forEach((key, t0) -> arrivals.getOrDefault(key, List.of())
			.forEach(arrived -> latencies.add((arrived - t0) / 1_000_000)));
		// Close this measurement's pages, so the next one runs with only its own open.
		subscriptions.forEach(Flow.Subscription::cancel);
		pending.forEach(response -> response.cancel(true));
		pageClients.forEach(NettpratStream::shutDown);
		pageThreads.shutdownNow();
		afterClose.run();
		// A page whose reader left is let go when a write to it fails: the poke above, else the server's heartbeat
		// comment after 20 s quiet (the first write after a close may still succeed, the next fails). Before the
		// heartbeat existed the second phase found the server still holding the first phase's 5,000 connections.
		Thread.sleep(45_000);
		long expected = (long) broadcasts * opened.get();
		long within = latencies.stream().filter(ms -> ms <= 1000).count();
		return new Result(pages, opened.get(), new ArrayList<>(latencies), broadcasts, expected - latencies.size(), within);
	}

	/** {@code HttpClient.shutdownNow()} closes every connection, on a JDK that has it (21 and later). */
	static void shutDown(HttpClient pageClient) {
		try {
			HttpClient.class.getMethod("shutdownNow").invoke(pageClient);
		}
		catch (NoSuchMethodException olderJdk) {
			// Java 17: the cancelled exchanges have closed their connections
		}
		catch (ReflectiveOperationException e) {
			System.err.println("could not shut the page client down: " + e);
		}
	}

	/** Questions asked and approved, and votes cast on them, at the given rates, in the background. */
	static void load(long event, int seconds, int questionsPerSecond, int votesPerSecond) {
		ScheduledExecutorService pool = Executors.newScheduledThreadPool(8);
		List<Long> approved = new CopyOnWriteArrayList<>();
		AtomicLong voter = new AtomicLong();
		pool.scheduleAtFixedRate(() -> {
			try {
				long q = post("/api/v1/events/live/" + event + "/questions", "ansatt3", "{\"text\":\"Last " + System.nanoTime() + "\",\"anonymous\":true}");
				post("/api/v1/events/live/" + event + "/questions/" + q + "/approve", "moderator", "");
				approved.add(q);
			}
			catch (Exception e) {
				// a refused request under load is counted by the server's own figures, not here
			}
		}, 0, 1_000_000 / Math.max(1, questionsPerSecond), TimeUnit.MICROSECONDS);
		pool.scheduleAtFixedRate(() -> {
			if (approved.isEmpty()) {
				return;
			}
			long n = voter.incrementAndGet();
			long q = approved.get((int) ((n / VOTERS.size()) % approved.size()));
			try {
				post("/api/v1/events/live/" + event + "/questions/" + q + "/votes", VOTERS.get((int) (n % VOTERS.size())), "");
			}
			catch (Exception e) {
				// a second vote by the same person is refused (409), as it should be
			}
		}, 0, 1_000_000 / Math.max(1, votesPerSecond), TimeUnit.MICROSECONDS);
		try {
			Thread.sleep(seconds * 1000L + 1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		pool.shutdownNow();
	}

	static long post(String path, String user, String json) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer demo-token-" + user)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(path + ": " + response.statusCode());
		}
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
		return id.find() ? Long.parseLong(id.group(1)) : 0;
	}

}
