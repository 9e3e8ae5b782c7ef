import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load driver for Meta's webhook (issue 6): signed feed deliveries, one new comment each, posted at a fixed RATE
 * per second for SECONDS (open loop: latency counts from the moment a delivery was due, so a slow server cannot
 * hide its queue). Each 200 means the delivery is stored durably. Prints a Markdown row for docs/benchmarks.md.
 *
 * The driver shares the two cores with the server, so it is kept lean: every request (headers, body, signature)
 * is made as bytes before the clock starts; one thread hands each to a free keep-alive connection at its due
 * time, never waiting for answers; up to CONNECTIONS threads each write a request and read its answer with plain
 * sockets. When every connection is busy a due request waits in line, and that wait counts in its latency.
 *
 * Usage: java bench/MetaWebhookLoad.java BASE APP_SECRET PAGE_ID RATE SECONDS. Runs only against this machine.
 */
public class MetaWebhookLoad {

	private static final int CONNECTIONS = 256;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		URI uri = URI.create(base);
		String secret = args[1];
		String page = args[2];
		int rate = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		int total = rate * seconds;
		byte[][] requests = requests(uri, secret, page, rate, total);
		long[] latencies = new long[total];
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(total);
		BlockingQueue<Integer> dueNow = new LinkedBlockingQueue<>();
		long start = System.nanoTime() + 200_000_000L;
		for (int c = 0; c < CONNECTIONS; c++) {
			Thread connection = new Thread(() -> {
				Connection http = new Connection(uri.getHost(), uri.getPort());
				while (true) {
					int i = take(dueNow);
					int status = http.post(requests[i]);
					latencies[i] = System.nanoTime() - due(start, i, rate);
					if (status != 200) {
						errors.incrementAndGet();
					}
					done.countDown();
				}
			});
			connection.setDaemon(true);
			connection.start();
		}
		long cpuBefore = cpuNanos();
		for (int i = 0; i < total; i++) {
			long wait = due(start, i, rate) - System.nanoTime();
			if (wait > 0) {
				// parkNanos, not Thread.sleep, which rounds a part of a millisecond up to a whole one.
				LockSupport.parkNanos(wait);
			}
			dueNow.add(i);
		}
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		double driverCpu = (cpuNanos() - cpuBefore) / 1e9;
		System.out.println("| measurement | count | p50 | p95 | p99 | max |");
		System.out.println("|---|---|---|---|---|---|");
		long[] unsorted = latencies.clone();
		Arrays.sort(latencies);
		System.out.printf(Locale.ROOT, "| POST /webhooks/meta (signed, one comment each) at %d/s for %d s "
				+ "(achieved %.0f/s, %d errors) | %d | %s | %s | %s | %s |%n", rate, seconds, total / elapsed,
				errors.get(), total, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), ms(latencies, 1.0));
		System.out.printf(Locale.ROOT, "%nload driver CPU during the run: %.1f s over %.1f s%n", driverCpu, elapsed);
		System.out.println(perSecond(unsorted, rate, seconds));
		System.exit(0);
	}

	private static long due(long start, int i, int rate) {
		return start + (long) i * 1_000_000_000L / rate;
	}

	private static byte[][] requests(URI uri, String secret, String page, int rate, int total) {
		long run = System.currentTimeMillis();
		Mac mac = mac(secret);
		byte[][] requests = new byte[total][];
		for (int i = 0; i < total; i++) {
			long time = run / 1000 + i / rate;
			String body = """
					{"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{
					"from":{"id":"24%011d","name":"Benchmark Borger"},"post":{"id":"%s_%d","status_type":"added_photos"},
					"message":"Hei! Når kommer utbetalingen av foreldrepenger for november?","post_id":"%s_%d",
					"comment_id":"%s_%d%d","parent_id":"%s_%d","created_time":%d,"item":"comment","verb":"add"}}]}]}"""
				.formatted(page, time, i % 20000, page, i % 500, page, i % 500, page, run, i, page, i % 500, time);
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			String head = "POST /webhooks/meta HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
					+ "\r\nContent-Type: application/json\r\nX-Hub-Signature-256: sha256="
					+ HexFormat.of().formatHex(mac.doFinal(bytes)) + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
			byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
			requests[i] = Arrays.copyOf(headBytes, headBytes.length + bytes.length);
			System.arraycopy(bytes, 0, requests[i], headBytes.length, bytes.length);
		}
		return requests;
	}

	private static int take(BlockingQueue<Integer> queue) {
		try {
			return queue.take();
		}
		catch (InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	/** One keep-alive HTTP/1.1 connection: writes a request, reads the status and skips the answer's body. */
	static final class Connection {

		private final String host;

		private final int port;

		private Socket socket;

		private InputStream in;

		private OutputStream out;

		Connection(String host, int port) {
			this.host = host;
			this.port = port;
		}

		int post(byte[] request) {
			try {
				if (socket == null) {
					socket = new Socket(host, port);
					socket.setTcpNoDelay(true);
					in = new BufferedInputStream(socket.getInputStream(), 8192);
					out = socket.getOutputStream();
				}
				out.write(request);
				out.flush();
				return readResponse();
			}
			catch (IOException e) {
				close();
				return -1;
			}
		}

		private int readResponse() throws IOException {
			String statusLine = line();
			int status = Integer.parseInt(statusLine.split(" ")[1]);
			long length = 0;
			boolean chunked = false;
			boolean closing = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					closing = true;
				}
			}
			if (chunked) {
				for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
					skip(size);
					line();
				}
				line();
			}
			else {
				skip(length);
			}
			if (closing) {
				close();
			}
			return status;
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new EOFException();
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

		private void skip(long bytes) throws IOException {
			for (long left = bytes; left > 0; left--) {
				if (in.read() < 0) {
					throw new EOFException();
				}
			}
		}

		private void close() {
			try {
				if (socket != null) {
					socket.close();
				}
			}
			catch (IOException ignored) {
				// Closing a broken connection; the next request opens a new one.
			}
			socket = null;
		}

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

	/**
	 * The p99 and the longest wait of each second of the run, by when each delivery was due: a run's p99 that comes
	 * from one bad second reads differently from one spread over all of them.
	 */
	private static String perSecond(long[] byDue, int rate, int seconds) {
		StringBuilder line = new StringBuilder("p99 / longest per second of the run, ms:");
		for (int s = 0; s < seconds; s++) {
			long[] second = Arrays.copyOfRange(byDue, s * rate, (s + 1) * rate);
			Arrays.sort(second);
			line.append(String.format(Locale.ROOT, " %d/%d", Math.round(millis(second, 0.99)),
					Math.round(millis(second, 1.0))));
		}
		return line.toString();
	}

	private static double millis(long[] sorted, double q) {
		int index = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static String ms(long[] sorted, double q) {
		if (sorted.length == 0) {
			return "–";
		}
		return String.format(Locale.ROOT, "%.1f ms", millis(sorted, q));
	}

}
