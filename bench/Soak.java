import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light, steady use of a running Samtale for a long time, to find what only shows with time (pools renewing their
 * connections, background work, caches, sessions). About one request a second, as a small desk would make them:
 * advisors read the queue and open conversations, citizens write, a reply is drafted and approved now and then,
 * employees read and ask in the forum and search, a citizen chats. Every answer of 500 or more, and every request
 * that fails to answer, is counted per minute and printed at once.
 *
 * Usage: java bench/Soak.java BASE MINUTES (BASE on this machine; demo data; see bench/soak.sh)
 */
public class Soak {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final Map<String, AtomicLong> COUNTS = new TreeMap<>();

	private static String base;

	private static long failures;

	public static void main(String[] args) throws Exception {
		base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("This driver only uses a server on this machine");
		}
		int minutes = Integer.parseInt(args[1]);
		Instant end = Instant.now().plus(Duration.ofMinutes(minutes));
		long simulated = accountId("INSTAGRAM", "NAV Foreldrepenger");
		long kunnskap = accountId("FACEBOOK", "NAV Kunnskap");
		long tick = 0;
		while (Instant.now().isBefore(end)) {
			tick++;
			get("/api/v1/inbox/conversations?size=20", "veileder1");
			String queue = get("/api/v1/inbox/conversations?size=5&sort=newest", "veileder2");
			firstId(queue).ifPresent(id -> get("/api/v1/inbox/conversations/" + id, "veileder2"));
			get("/api/v1/discussions/" + (1 + tick % 30), "ansatt");
			get("/api/v1/search?q=foreldrepenger+utbetaling", "ansatt");
			if (tick % 5 == 0) {
				get("/api/v1/search/similar?q=n%C3%A5r+kommer+pengene&limit=5", "veileder1");
				get("/api/v1/approvals", "veileder2");
				get("/api/v1/notifications?size=20", "fagperson");
				java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
				get("/api/v1/publishing/calendar?from=" + today.minusDays(7) + "&to=" + today.plusDays(14), "redaktor");
				get("/api/v1/analytics/accounts/" + simulated + "/daily?from=" + today.minusDays(30) + "&to=" + today,
						"analytiker");
				get("/api/v1/events/live", "ansatt");
				get("/api/v1/ideas", "ansatt");
				// The public pages a citizen reads without logging in: the channel guide and the blog.
				get("/veiviser?topic=foreldrepenger&need=interpreter&lang=nb", null);
				get("/api/v1/public/guide?topic=sykepenger&lang=nn", null);
				get("/blogg/pensjonsbloggen", null);
				get("/blogg/pensjonsbloggen/atom.xml", null);
				get("/api/v1/contacts/figures?from=" + today.minusDays(90) + "&to=" + today + "&by=channel", "analytiker");
			}
			if (tick % 10 == 0) {
				citizenWrites(simulated);
			}
			if (tick % 30 == 0) {
				replyAndApprove(queue);
				ask();
				send("POST", "/api/v1/contacts", "veileder1",
						"{\"topic\": \"foreldrepenger\", \"channel\": \"PHONE\", \"outcome\": \"REFERRED\"}");
			}
			if (tick % 120 == 0) {
				publish(kunnskap);
			}
			if (tick % 300 == 0) {
				chat();
			}
			if (tick % 60 == 0) {
				System.out.printf("%s minute %d: %s, failures %d%n", Instant.now(), tick / 60, COUNTS, failures);
			}
			Thread.sleep(1000);
		}
		System.out.printf("done after %d minutes: %s; failed or 5xx: %d%n", minutes, COUNTS, failures);
		System.exit(failures == 0 ? 0 : 1);
	}

	private static long accountId(String platform, String name) {
		String accounts = get("/api/v1/channels/accounts", "admin");
		for (String account : accounts.split("\\{\"id\":")) {
			if (account.contains("\"platform\":\"" + platform + "\"") && account.contains("\"name\":\"" + name + "\"")) {
				return Long.parseLong(account.substring(0, account.indexOf(',')));
			}
		}
		throw new IllegalStateException("no " + name + " on " + platform);
	}

	private static void citizenWrites(long account) {
		String id = UUID.randomUUID().toString();
		send("POST", "/api/v1/channels/accounts/" + account + "/inbound", "admin", """
				{"externalId": "soak-%s", "kind": "PUBLIC", "threadExternalId": "soak-%s", "authorExternalId": "u-%s",
				 "authorName": "Kari Nordmann", "body": "Når kommer pengene mine? (%s)"}""".formatted(id, id, id, id));
	}

	private static void replyAndApprove(String queue) {
		firstId(queue).ifPresent(conversation -> {
			String drafted = send("POST", "/api/v1/inbox/conversations/" + conversation + "/replies", "veileder1",
					"{\"body\": \"Hei! Utbetalingen kommer innen den 25.\", \"visibility\": \"PUBLIC\", "
							+ "\"acknowledgeOthers\": true}");
			firstId(drafted).ifPresent(reply -> send("POST", "/api/v1/approvals/" + reply + "/approve", "veileder2", ""));
		});
	}

	private static void ask() {
		String spaces = get("/api/v1/spaces", "ansatt");
		firstId(spaces).ifPresent(space -> send("POST", "/api/v1/spaces/" + space + "/discussions", "ansatt",
				"{\"title\": \"Hvordan regnes feriepenger av foreldrepenger?\", \"body\": \"Noen som vet?\", "
						+ "\"question\": true}"));
	}

	/** An editor's post, approved by the partner and published by the scheduler two minutes later. */
	private static void publish(long account) {
		String at = Instant.now().plus(Duration.ofMinutes(2)).toString();
		String post = send("POST", "/api/v1/publishing/posts", "redaktor", """
				{"accountId": %d, "text": "Visste du at du kan søke om foreldrepenger fire uker før termin?",
				 "publishAt": "%s"}""".formatted(account, at));
		firstId(post).ifPresent(id -> {
			send("POST", "/api/v1/publishing/posts/" + id + "/submit", "redaktor", "");
			send("POST", "/api/v1/publishing/posts/" + id + "/approve", "redaktor2", "");
		});
	}

	private static void chat() {
		long webChat = accountId("WEB_CHAT", "Chat med NAV om foreldrepenger");
		// A citizen's chat: the session cookie names them, as in a browser.
		HttpClient citizen = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String chat = "/api/v1/webchat/" + webChat;
		send(citizen, "POST", chat + "/session", null, "{\"name\": \"Kari\"}");
		send(citizen, "POST", chat + "/messages", null, "{\"body\": \"Hei, jeg lurer på når pengene kommer.\"}");
		send(citizen, "POST", chat + "/end", null, "");
	}

	private static java.util.Optional<String> firstId(String json) {
		Matcher id = ID.matcher(json == null ? "" : json);
		return id.find() ? java.util.Optional.of(id.group(1)) : java.util.Optional.empty();
	}

	private static String get(String path, String user) {
		return send("GET", path, user, null);
	}

	private static String send(String method, String path, String user, String body) {
		return send(CLIENT, method, path, user, body);
	}

	private static String send(HttpClient client, String method, String path, String user, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (user != null) {
			request.header("Authorization", "Bearer demo-token-" + user);
		}
		String key = method + " " + path.replaceAll("\\d+", "{id}").replaceAll("\\?.*", "");
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String outcome = response.statusCode() >= 500 ? "5xx" : String.valueOf(response.statusCode() / 100) + "xx";
			COUNTS.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
			if (response.statusCode() >= 500) {
				failures++;
				System.out.printf("%s %s -> %d %s%n", Instant.now(), key, response.statusCode(),
						response.body().length() > 300 ? response.body().substring(0, 300) : response.body());
			}
			return response.body();
		}
		catch (Exception failed) {
			failures++;
			COUNTS.computeIfAbsent("no answer", k -> new AtomicLong()).incrementAndGet();
			System.out.printf("%s %s -> %s%n", Instant.now(), key, failed);
			return "";
		}
	}

}
