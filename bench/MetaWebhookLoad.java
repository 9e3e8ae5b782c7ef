import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load driver for Meta's webhook (issue 6): signed feed deliveries, one new comment each, posted at a fixed RATE
 * per second for SECONDS (open loop: latency counts from the moment a delivery was due, so a slow server cannot
 * hide its queue). Each 200 means the delivery is stored durably. Prints a Markdown row for docs/benchmarks.md.
 *
 * The bodies and their signatures are made before the clock starts, and one thread sends each at its due time
 * without waiting for earlier answers (up to MAX_IN_FLIGHT at once; past that the sender waits, and the wait
 * counts in the latency), so the driver, which shares the cores with the server, neither spends them on
 * formatting nor caps the rate at what a fixed set of blocking workers can carry.
 *
 * Usage: java bench/MetaWebhookLoad.java BASE APP_SECRET PAGE_ID RATE SECONDS. Runs only against this machine.
 */
public class MetaWebhookLoad {

	private static final int MAX_IN_FLIGHT = 2000;

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newFixedThreadPool(2))
		.build();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		String secret = args[1];
		String page = args[2];
		int rate = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		int total = rate * seconds;
		long run = System.currentTimeMillis();
		HttpRequest[] requests = new HttpRequest[total];
		Mac mac = mac(secret);
		URI uri = URI.create(base + "/webhooks/meta");
		for (int i = 0; i < total; i++) {
			long time = run / 1000 + i / rate;
			String body = """
					{"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{
					"from":{"id":"24%011d","name":"Benchmark Borger"},"post":{"id":"%s_%d","status_type":"added_photos"},
					"message":"Hei! Når kommer utbetalingen av foreldrepenger for november?","post_id":"%s_%d",
					"comment_id":"%s_%d%d","parent_id":"%s_%d","created_time":%d,"item":"comment","verb":"add"}}]}]}"""
				.formatted(page, time, i % 20000, page, i % 500, page, i % 500, page, run, i, page, i % 500, time);
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			requests[i] = HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes)))
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
				.build();
		}
		long[] latencies = new long[total];
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(total);
		Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
		long cpuBefore = cpuNanos();
		long start = System.nanoTime() + 200_000_000L;
		for (int i = 0; i < total; i++) {
			long due = start + (long) i * 1_000_000_000L / rate;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				sleep(wait);
			}
			inFlight.acquireUninterruptibly();
			int index = i;
			CLIENT.sendAsync(requests[i], HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
				latencies[index] = System.nanoTime() - due;
				if (failure != null || response.statusCode() != 200) {
					errors.incrementAndGet();
				}
				inFlight.release();
				done.countDown();
			});
		}
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		double driverCpu = (cpuNanos() - cpuBefore) / 1e9;
		System.out.println("| measurement | count | p50 | p95 | p99 | max |");
		System.out.println("|---|---|---|---|---|---|");
		Arrays.sort(latencies);
		System.out.printf(Locale.ROOT, "| POST /webhooks/meta (signed, one comment each) at %d/s for %d s "
				+ "(achieved %.0f/s, %d errors) | %d | %s | %s | %s | %s |%n", rate, seconds, total / elapsed,
				errors.get(), total, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), ms(latencies, 1.0));
		System.out.printf(Locale.ROOT, "%nload driver CPU during the run: %.1f s over %.1f s%n", driverCpu, elapsed);
		System.exit(0);
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
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

	private static void sleep(long nanos) {
			// parkNanos, not Thread.sleep, which rounds a part of a millisecond up to a whole one.
			java.util.concurrent.locks.LockSupport.parkNanos(nanos);
	}

	private static String ms(long[] sorted, double q) {
		if (sorted.length == 0) {
			return "–";
		}
		int index = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
		return String.format(Locale.ROOT, "%.1f ms", sorted[Math.max(0, index)] / 1e6);
	}

}
