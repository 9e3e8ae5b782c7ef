import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load driver for Meta's webhook (issue 6): signed feed deliveries, one new comment each, posted at a fixed RATE
 * per second for SECONDS (open loop: latency counts from the moment a delivery was due, so a slow server cannot
 * hide its queue). Each 200 means the delivery is stored durably. Prints a Markdown row for docs/benchmarks.md.
 *
 * Usage: java bench/MetaWebhookLoad.java BASE APP_SECRET PAGE_ID RATE SECONDS. Runs only against this machine.
 */
public class MetaWebhookLoad {

	private static final HttpClient CLIENT = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		String secret = args[1];
		String page = args[2];
		int rate = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		int workers = 64;
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		long total = (long) rate * seconds;
		long run = System.currentTimeMillis();
		long start = System.nanoTime() + 200_000_000L;
		CountDownLatch done = new CountDownLatch(workers);
		for (int w = 0; w < workers; w++) {
			int worker = w;
			pool.submit(() -> {
				Mac mac = mac(secret);
				for (long i = worker; i < total; i += workers) {
					long due = start + i * 1_000_000_000L / rate;
					long wait = due - System.nanoTime();
					if (wait > 0) {
						sleep(wait);
					}
					long now = System.currentTimeMillis() / 1000;
					String comment = page + "_" + run + i;
					String body = """
							{"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{
							"from":{"id":"24%011d","name":"Benchmark Borger"},"post":{"id":"%s_%d","status_type":"added_photos"},
							"message":"Hei! Når kommer utbetalingen av foreldrepenger for november?","post_id":"%s_%d",
							"comment_id":"%s","parent_id":"%s_%d","created_time":%d,"item":"comment","verb":"add"}}]}]}"""
						.formatted(page, now, i % 20000, page, i % 500, page, i % 500, comment, page, i % 500, now);
					byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
					String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes));
					int status = post(base + "/webhooks/meta", signature, bytes);
					latencies.add(System.nanoTime() - due);
					if (status != 200) {
						errors.incrementAndGet();
					}
				}
				done.countDown();
			});
		}
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.println("| measurement | count | p50 | p95 | p99 | max |");
		System.out.println("|---|---|---|---|---|---|");
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "| POST /webhooks/meta (signed, one comment each) at %d/s for %d s "
				+ "(achieved %.0f/s, %d errors) | %d | %s | %s | %s | %s |%n", rate, seconds, total / elapsed,
				errors.get(), sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
		System.exit(0);
	}

	private static Mac mac(String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static int post(String url, String signature, byte[] body) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/json")
				.header("X-Hub-Signature-256", signature)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	private static void sleep(long nanos) {
		try {
			Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String ms(List<Long> sorted, double q) {
		if (sorted.isEmpty()) {
			return "–";
		}
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
		return String.format(Locale.ROOT, "%.1f ms", sorted.get(Math.max(0, index)) / 1e6);
	}

}
