import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load driver for the forum's read API: N concurrent readers, each waiting THINK_MS after an answer before the
 * next request (0 = as fast as answers come, which measures the most the machine can serve), half of the
 * requests a random discussion page and half a random page of a topic's discussion list. Prints latency
 * percentiles as Markdown rows. Runs only against a server on this machine and stops by itself.
 *
 * Usage: java bench/ForumLoad.java BASE_URL TOKEN READERS SECONDS THINK_MS FIRST_DISCUSSION LAST_DISCUSSION BIG_DISCUSSION SPACE_ID...
 */
public class ForumLoad {

	private static long think;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		String token = args[1];
		int readers = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		think = Long.parseLong(args[4]);
		long first = Long.parseLong(args[5]);
		long last = Long.parseLong(args[6]);
		long big = Long.parseLong(args[7]);
		long[] spaces = Arrays.stream(args, 8, args.length).mapToLong(Long::parseLong).toArray();
		HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();

		run(client, base, token, readers, 10, first, last, spaces, null, null);
		List<Long> discussion = new ArrayList<>();
		List<Long> list = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		long started = System.nanoTime();
		run(client, base, token, readers, seconds, first, last, spaces, discussion, list, errors);
		double elapsed = (System.nanoTime() - started) / 1e9;

		List<Long> bigTimes = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			bigTimes.add(time(client, base + "/api/v1/discussions/" + big, token, errors));
		}
		System.out.println("| request | requests | p50 | p95 | p99 | max |");
		System.out.println("|---|---|---|---|---|---|");
		String who = readers + " readers" + (think == 0 ? ", no pause" : ", " + think + " ms pause");
		row("GET /api/v1/discussions/{id} (10 messages), " + who, discussion);
		row("GET /api/v1/spaces/{id}/discussions?page=N, " + who, list);
		row("GET /api/v1/discussions/{id} with 1,000 messages, one reader", bigTimes);
		System.out.printf(Locale.ROOT, "%nthroughput %.0f requests/s over %.0f s, %d errors%n",
				(discussion.size() + list.size()) / elapsed, elapsed, errors.get());
		System.exit(errors.get() == 0 ? 0 : 1);
	}

	private static void run(HttpClient client, String base, String token, int readers, int seconds, long first,
			long last, long[] spaces, List<Long> discussion, List<Long> list) throws InterruptedException {
		run(client, base, token, readers, seconds, first, last, spaces, discussion, list, new AtomicLong());
	}

	private static void run(HttpClient client, String base, String token, int readers, int seconds, long first,
			long last, long[] spaces, List<Long> discussion, List<Long> list, AtomicLong errors)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		for (int r = 0; r < readers; r++) {
			pool.submit(() -> {
				List<Long> mineDiscussion = new ArrayList<>();
				List<Long> mineList = new ArrayList<>();
				ThreadLocalRandom random = ThreadLocalRandom.current();
				while (System.nanoTime() < deadline) {
					if (think > 0) {
						try {
							Thread.sleep(random.nextLong(think / 2, think * 3 / 2 + 1));
						}
						catch (InterruptedException e) {
							return;
						}
					}
					if (random.nextBoolean()) {
						long id = random.nextLong(first, last + 1);
						mineDiscussion.add(time(client, base + "/api/v1/discussions/" + id, token, errors));
					}
					else {
						long space = spaces[random.nextInt(spaces.length)];
						int page = random.nextInt(0, 50);
						mineList.add(time(client, base + "/api/v1/spaces/" + space + "/discussions?size=20&page=" + page,
								token, errors));
					}
				}
				if (discussion != null) {
					synchronized (discussion) {
						discussion.addAll(mineDiscussion);
						list.addAll(mineList);
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
	}

	private static long time(HttpClient client, String url, String token, AtomicLong errors) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(30))
			.build();
		long start = System.nanoTime();
		try {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				errors.incrementAndGet();
			}
		}
		catch (Exception e) {
			errors.incrementAndGet();
		}
		return System.nanoTime() - start;
	}

	private static void row(String name, List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", name, sorted.length,
				pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
	}

	private static double pct(long[] sorted, double p) {
		int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}
