import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The whole platform under load, as a busy day plays it: employees read, search and write in the forum, advisors work
 * the inbox and approve each other's replies, citizens write through the simulator and the web chat and look up the
 * channel guide, Meta's webhook delivers comments, and a static file of the same server is asked for among them as
 * the in-run limit. USERS virtual users ask one request after another with no pause (closed loop: the most the nodes
 * serve), each request going to the next node in turn as a load balancer without sticky sessions would send it
 * (API tokens and chat cookies work on every node). Prints per kind of request: count, rate, p50, p99, p99 against
 * the static file's p99, refusals (4xx) and errors (5xx or no answer), then one RESULT line for the script.
 *
 * Usage: java bench/PlatformLoad.java SECONDS USERS META_SECRET BASE... (servers on this machine only)
 */
public class PlatformLoad {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();

	private static final Map<String, AtomicLong> REFUSED = new ConcurrentHashMap<>();

	private static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();

	private static final AtomicInteger NEXT_NODE = new AtomicInteger();

	private static final Map<String, Integer> MIX = new LinkedHashMap<>();

	static {
		// Percent of the requests: reading dominates, as in the forum's figures; writing is a few percent.
		MIX.put("forum: read a discussion", 20);
		MIX.put("forum: list a topic", 8);
		MIX.put("forum: reply", 4);
		MIX.put("forum: ask", 1);
		MIX.put("search", 8);
		MIX.put("search: similar questions", 4);
		MIX.put("inbox: queue", 10);
		MIX.put("inbox: open a conversation", 5);
		MIX.put("inbox: draft and approve a reply", 2);
		MIX.put("citizen writes (simulator)", 5);
		MIX.put("Meta webhook", 8);
		MIX.put("web chat: start and write", 3);
		MIX.put("channel guide", 7);
		MIX.put("notifications", 5);
		MIX.put("static file (limit)", 10);
	}

	private static List<String> bases;

	private static String secret;

	private static volatile boolean recording;

	private static long simulated;

	private static long webChat;

	private static List<String> spaces;

	private static List<String> discussions;

	private static List<String> conversations;

	public static void main(String[] args) throws Exception {
		int seconds = Integer.parseInt(args[0]);
		int users = Integer.parseInt(args[1]);
		secret = args[2];
		bases = List.of(args).subList(3, args.length);
		for (String base : bases) {
			if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
				throw new IllegalArgumentException("This driver only loads servers on this machine");
			}
		}
		setUp();
		List<Thread> threads = new ArrayList<>();
		Instant warmEnd = Instant.now().plusSeconds(Math.min(10, Math.max(2, seconds / 5)));
		Instant end = warmEnd.plusSeconds(seconds);
		for (int i = 0; i < users; i++) {
			Thread thread = new Thread(() -> user(end), "user-" + i);
			thread.start();
			threads.add(thread);
		}
		Thread.sleep(Math.max(0, Duration.between(Instant.now(), warmEnd).toMillis()));
		LATENCIES.clear();
		REFUSED.clear();
		ERRORS.clear();
		recording = true;
		for (Thread thread : threads) {
			thread.join();
		}
		report(seconds);
	}

	private static void user(Instant end) {
		while (Instant.now().isBefore(end)) {
			String kind = pick();
			try {
				act(kind);
			}
			catch (RuntimeException failed) {
				count(ERRORS, kind);
			}
		}
	}

	private static String pick() {
		int roll = ThreadLocalRandom.current().nextInt(100);
		for (var entry : MIX.entrySet()) {
			roll -= entry.getValue();
			if (roll < 0) {
				return entry.getKey();
			}
		}
		return "static file (limit)";
	}

	private static void act(String kind) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		switch (kind) {
			case "forum: read a discussion" -> get(kind, "/api/v1/discussions/" + any(discussions), "ansatt");
			case "forum: list a topic" -> get(kind, "/api/v1/spaces/" + any(spaces) + "/discussions?size=20", "ansatt");
			case "forum: reply" -> send(kind, "POST", "/api/v1/discussions/" + any(discussions) + "/messages",
					"fagperson", "{\"body\": \"Se rundskrivet til folketrygdloven § 8-28, avsnitt om nye arbeidsforhold ("
							+ tag + ").\"}");
			case "forum: ask" -> send(kind, "POST", "/api/v1/spaces/" + spaces.get(0) + "/discussions", "ansatt",
					"{\"title\": \"Hvordan regnes feriepenger av sykepenger? " + tag
							+ "\", \"body\": \"Noen som vet?\", \"question\": true}");
			case "search" -> get(kind, "/api/v1/search?q=foreldrepenger+utbetaling", "ansatt");
			case "search: similar questions" -> get(kind, "/api/v1/search/similar?q=n%C3%A5r+kommer+pengene&limit=5",
					"veileder1");
			case "inbox: queue" -> get(kind, "/api/v1/inbox/conversations?size=20", "veileder1");
			case "inbox: open a conversation" -> get(kind, "/api/v1/inbox/conversations/" + any(conversations),
					"veileder2");
			case "inbox: draft and approve a reply" -> replyAndApprove(kind);
			case "citizen writes (simulator)" -> send(kind, "POST", "/api/v1/channels/accounts/" + simulated + "/inbound",
					"admin", """
							{"externalId": "load-%s", "kind": "PUBLIC", "threadExternalId": "load-%s",
							 "authorExternalId": "u-%s", "authorName": "Kari Nordmann",
							 "body": "Når kommer pengene mine? (%s)"}""".formatted(tag, tag, tag, tag));
			case "Meta webhook" -> webhook(kind, tag);
			case "web chat: start and write" -> chat(kind);
			case "channel guide" -> get(kind, "/api/v1/public/guide?topic=sykepenger&lang=nb", null);
			case "notifications" -> get(kind, "/api/v1/notifications?size=20", "fagperson");
			default -> get(kind, "/favicon.svg", null);
		}
	}

	private static void replyAndApprove(String kind) {
		String drafted = send(kind, "POST", "/api/v1/inbox/conversations/" + any(conversations) + "/replies",
				"veileder1", "{\"body\": \"Hei! Utbetalingen kommer innen den 25.\", \"visibility\": \"PUBLIC\", "
						+ "\"acknowledgeOthers\": true}");
		Matcher reply = ID.matcher(drafted);
		if (reply.find()) {
			send(kind, "POST", "/api/v1/approvals/" + reply.group(1) + "/approve", "veileder2", "");
		}
	}

	private static void webhook(String kind, String tag) {
		long at = Instant.now().getEpochSecond();
		String page = "1000000000001";
		String body = """
				{"object":"page","entry":[{"id":"%s","time":%d,"changes":[{"field":"feed","value":{"from":{"id":"2400%s",
				"name":"Kari Nordmann"},"post":{"id":"%s_777","status_type":"added_photos"},"message":"Når kommer pengene? %s",
				"post_id":"%s_777","comment_id":"%s_%s","parent_id":"%s_777","created_time":%d,"item":"comment","verb":"add"}}]}]}"""
			.formatted(page, at, Math.abs(tag.hashCode()), page, tag, page, page, tag, page, at);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
			call(kind, CLIENT, node(), "POST", "/webhooks/meta", null, body, "X-Hub-Signature-256", signature);
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void chat(String kind) {
		HttpClient citizen = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String path = "/api/v1/webchat/" + webChat;
		String base = node();
		call(kind, citizen, base, "POST", path + "/session", null, "{\"name\": \"Kari\"}");
		call(kind, citizen, node(), "POST", path + "/messages", null, "{\"body\": \"Hei, når kommer pengene?\"}");
	}

	private static void setUp() {
		recording = false;
		String accounts = get("setup", "/api/v1/channels/accounts", "admin");
		simulated = account(accounts, "INSTAGRAM", "NAV Foreldrepenger");
		webChat = account(accounts, "WEB_CHAT", "Chat med NAV om foreldrepenger");
		spaces = ids(get("setup", "/api/v1/spaces", "ansatt"), "kind");
		List<String> found = new ArrayList<>();
		for (String space : spaces) {
			found.addAll(ids(get("setup", "/api/v1/spaces/" + space + "/discussions?size=50", "ansatt"), "spaceId"));
		}
		discussions = found;
		conversations = ids(get("setup", "/api/v1/inbox/conversations?size=50", "veileder1"), "account");
		if (discussions.isEmpty() || conversations.isEmpty()) {
			throw new IllegalStateException("no demo discussions or conversations: start the nodes with SAMTALE_DEMO=true");
		}
	}

	private static long account(String accounts, String platform, String name) {
		for (String account : accounts.split("\\{\"id\":")) {
			if (account.contains("\"platform\":\"" + platform + "\"") && account.contains("\"name\":\"" + name + "\"")) {
				return Long.parseLong(account.substring(0, account.indexOf(',')).trim());
			}
		}
		throw new IllegalStateException("no " + name + " on " + platform);
	}

	/** The ids of the listed items: an "id" followed by the item's next field (authors and teams have ids too). */
	private static List<String> ids(String json, String nextField) {
		List<String> ids = new ArrayList<>();
		Matcher id = Pattern.compile("\\{\"id\":(\\d+),\"" + nextField + "\"").matcher(json);
		while (id.find()) {
			ids.add(id.group(1));
		}
		return ids;
	}

	private static String any(List<String> ids) {
		return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
	}

	private static String node() {
		return bases.get(Math.floorMod(NEXT_NODE.getAndIncrement(), bases.size()));
	}

	private static String get(String kind, String path, String user) {
		return send(kind, "GET", path, user, null);
	}

	private static String send(String kind, String method, String path, String user, String body) {
		return user == null ? call(kind, CLIENT, node(), method, path, null, body)
				: call(kind, CLIENT, node(), method, path, "demo-token-" + user, body);
	}

	private static String call(String kind, HttpClient client, String base, String method, String path, String token,
			String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (recording) {
				LATENCIES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
					.add(System.nanoTime() - started);
				if (response.statusCode() >= 500) {
					count(ERRORS, kind);
				}
				else if (response.statusCode() >= 400) {
					count(REFUSED, kind);
				}
			}
			return response.body();
		}
		catch (java.io.IOException | InterruptedException failed) {
			if (recording) {
				count(ERRORS, kind);
			}
			return "";
		}
	}

	private static void count(Map<String, AtomicLong> counts, String kind) {
		counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
	}

	private static void report(int seconds) {
		double staticP99 = percentile(LATENCIES.getOrDefault("static file (limit)", List.of()), 99);
		System.out.printf(Locale.ROOT, "%d node(s), %d s:%n%n", bases.size(), seconds);
		System.out.println("| request | requests | per s | p50 ms | p99 ms | p99 / static p99 | 4xx | errors |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		long total = 0;
		long errors = 0;
		for (String kind : MIX.keySet()) {
			List<Long> times = LATENCIES.getOrDefault(kind, List.of());
			long failed = ERRORS.getOrDefault(kind, new AtomicLong()).get();
			total += times.size();
			errors += failed;
			double p99 = percentile(times, 99);
			System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.2f | %d | %d |%n", kind, times.size(),
					times.size() / (double) seconds, percentile(times, 50), p99, staticP99 == 0 ? 0 : p99 / staticP99,
					REFUSED.getOrDefault(kind, new AtomicLong()).get(), failed);
		}
		System.out.printf(Locale.ROOT, "%nRESULT nodes=%d requests_per_s=%.1f errors=%d static_p99_ms=%.1f%n",
				bases.size(), total / (double) seconds, errors, staticP99);
	}

	private static double percentile(List<Long> nanos, int p) {
		if (nanos.isEmpty()) {
			return 0;
		}
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, rank)) / 1e6;
	}

}
