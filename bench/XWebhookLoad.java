import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load driver for X's Activity API webhook (issue 19): signed deliveries, each a distinct event for one X user (four
 * in five a {@code post.mention.create}, one in five a {@code dm.received}), posted at a fixed RATE per second for
 * SECONDS, open loop (latency counts from the moment a delivery was due, so a slow server cannot hide its queue).
 * Each 200 means the delivery is committed ({@code HookWriter}'s group commit). Prints a Markdown row for
 * docs/benchmarks.md and, with ACKS_FILE, one line per delivery (SHA-256 of the body as the server hashes it, the
 * inbound message's external id, the HTTP status, -1 for no answer) so the caller can count in the database that
 * every acknowledged delivery was stored exactly once and reached the inbox.
 *
 * The sending engine is MetaWebhookLoad's (every request made as bytes before the clock starts, one thread handing
 * each to a free keep-alive socket at its due time, CONNECTIONS threads writing and reading): Java 17 runs a source
 * file alone, so the two drivers cannot share a class without a build step, and the engine stays the same on purpose
 * so the Meta and X figures compare. What differs is the body, the signature (base64, not hex, in
 * {@code x-twitter-webhooks-signature}) and the per-delivery record.
 *
 * Usage: java bench/XWebhookLoad.java BASE CONSUMER_SECRET USER_ID RATE SECONDS [ACKS_FILE]. Only against this
 * machine.
 */
public class XWebhookLoad {

	private static final int CONNECTIONS = 256;

	/** X's snowflake epoch: ids made from the clock grow with time and never repeat between runs. */
	private static final long X_EPOCH = 1288834974657L;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only loads a server on this machine");
		}
		URI uri = URI.create(base);
		String secret = args[1];
		String user = args[2];
		int rate = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		Path acks = args.length > 5 ? Path.of(args[5]) : null;
		int total = rate * seconds;
		Deliveries deliveries = deliveries(uri, secret, user, rate, total);
		long[] latencies = new long[total];
		int[] statuses = new int[total];
		CountDownLatch done = new CountDownLatch(total);
		BlockingQueue<Integer> dueNow = new LinkedBlockingQueue<>();
		long start = System.nanoTime() + 200_000_000L;
		for (int c = 0; c < CONNECTIONS; c++) {
			Thread connection = new Thread(() -> {
				Connection http = new Connection(uri.getHost(), uri.getPort());
				while (true) {
					int i = take(dueNow);
					statuses[i] = http.post(deliveries.requests[i]);
					latencies[i] = System.nanoTime() - due(start, i, rate);
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
		Map<Integer, Integer> byStatus = new TreeMap<>();
		for (int status : statuses) {
			byStatus.merge(status, 1, Integer::sum);
		}
		int errors = total - byStatus.getOrDefault(200, 0);
		System.out.println("| measurement | count | p50 | p95 | p99 | max |");
		System.out.println("|---|---|---|---|---|---|");
		Arrays.sort(latencies);
		System.out.printf(Locale.ROOT, "| POST /webhooks/x (signed, one mention or DM each) at %d/s for %d s "
				+ "(achieved %.0f/s, %d errors) | %d | %s | %s | %s | %s |%n", rate, seconds, total / elapsed, errors,
				total, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), ms(latencies, 1.0));
		System.out.printf(Locale.ROOT, "%nanswers by status (-1: no answer): %s%n", byStatus);
		System.out.printf(Locale.ROOT, "load driver CPU during the run: %.1f s over %.1f s%n", driverCpu, elapsed);
		if (acks != null) {
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acks, StandardCharsets.UTF_8))) {
				for (int i = 0; i < total; i++) {
					out.println(deliveries.hashes[i] + "\t" + deliveries.externalIds[i] + "\t" + statuses[i]);
				}
			}
		}
		System.exit(0);
	}

	private static long due(long start, int i, int rate) {
		return start + (long) i * 1_000_000_000L / rate;
	}

	/** The requests as bytes, the body's SHA-256 as the server stores it, and the external id it becomes. */
	record Deliveries(byte[][] requests, String[] hashes, String[] externalIds) {
	}

	private static Deliveries deliveries(URI uri, String secret, String user, int rate, int total) throws Exception {
		long run = System.currentTimeMillis();
		long firstId = (run - X_EPOCH) << 22;
		Mac mac = mac(secret);
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		Deliveries made = new Deliveries(new byte[total][], new String[total], new String[total]);
		for (int i = 0; i < total; i++) {
			String id = String.valueOf(firstId + i);
			String at = Instant.ofEpochMilli(run + (long) i * 1000 / rate).toString();
			String body;
			if (i % 5 == 4) {
				String sender = String.valueOf(3_600_000_000_000_000L + i % 2000);
				body = """
						{"data":{"event_uuid":"%s","filter":{"user_id":"%s"},"event_type":"dm.received","payload":{"id":"%s",
						"event_type":"MessageCreate","sender_id":"%s","text":"Hei! Jeg sendte søknaden om foreldrepenger for \
						tre uker siden. Når får jeg svar?","created_at":"%s","dm_conversation_id":"%s-%s"},
						"includes":{"users":[{"id":"%s","name":"Benchmark Borger"}]}}}"""
					.formatted(id, user, id, sender, at, user, sender, sender);
				made.externalIds[i] = "dm:" + id;
			}
			else {
				String author = String.valueOf(3_500_000_000_000_000L + i % 20000);
				body = """
						{"data":{"event_uuid":"%s","filter":{"user_id":"%s"},"event_type":"post.mention.create",
						"payload":{"id":"%s","author_id":"%s","text":"@NAVKunnskap Når kommer utbetalingen av \
						foreldrepenger for november?","created_at":"%s","entities":{"mentions":[{"id":"%s",
						"username":"NAVKunnskap"}]}},"includes":{"users":[{"id":"%s","name":"Benchmark Borger"}]}}}"""
					.formatted(id, user, id, author, at, user, author);
				made.externalIds[i] = id;
			}
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			made.hashes[i] = HexFormat.of().formatHex(sha256.digest(bytes));
			String head = "POST /webhooks/x HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
					+ "\r\nContent-Type: application/json\r\nx-twitter-webhooks-signature: sha256="
					+ Base64.getEncoder().encodeToString(mac.doFinal(bytes)) + "\r\nContent-Length: " + bytes.length
					+ "\r\n\r\n";
			byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
			made.requests[i] = Arrays.copyOf(headBytes, headBytes.length + bytes.length);
			System.arraycopy(bytes, 0, made.requests[i], headBytes.length, bytes.length);
		}
		return made;
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

	private static String ms(long[] sorted, double q) {
		if (sorted.length == 0) {
			return "–";
		}
		int index = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
		return String.format(Locale.ROOT, "%.1f ms", sorted[Math.max(0, index)] / 1e6);
	}

}
