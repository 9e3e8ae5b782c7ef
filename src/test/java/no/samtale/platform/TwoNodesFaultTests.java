package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.MetaComments;
import no.samtale.support.RunningJar;
import no.samtale.support.TestText;

/**
 * Two processes of the built jar on one PostgreSQL database, as several nodes behind a load balancer: what is done
 * on node A shows on node B within the times the operations guide promises (SSE pushes and revoked roles within a
 * second or two, search within two seconds), webhook deliveries sent to either node are processed once, and a
 * scheduled job runs once across the nodes. Both start at once on the empty database with the demo data. Runs after
 * {@code package} (maven-failsafe).
 */
class TwoNodesFaultTests {

	private static final String SECRET = "two-nodes-app-secret";

	private static final String PAGE = "1000000000001";

	private static final String METRICS = "two-nodes-metrics-token";

	private static final MetaComments META = new MetaComments(SECRET, PAGE);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static RunningJar a;

	private static RunningJar b;

	@BeforeAll
	static void start() throws Exception {
		Map<String, String> env = new HashMap<>(Map.of("SAMTALE_META_APP_SECRET", SECRET,
				"SAMTALE_META_VERIFY_TOKEN", "two",
				// Nothing listens there: processing an incoming comment needs no Graph API.
				"SAMTALE_META_GRAPH_URL", "http://127.0.0.1:9", "SAMTALE_METRICS_TOKEN", METRICS,
				// A recurring job due every second, for counting its runs across the nodes.
				"SAMTALE_EVENTS_RETRY_INTERVAL", "1s"));
		// Uploaded files live in a folder both nodes see (a shared volume in production), each node's data folder
		// (its search index) its own.
		env.put("SAMTALE_FILES_DIR", java.nio.file.Files.createTempDirectory("samtale-nodes-files").toString());
		a = RunningJar.onFreshDatabase("nodes", with(env, "SAMTALE_NODE_ID", "node-a"));
		b = a.onSameDatabase(with(env, "SAMTALE_NODE_ID", "node-b"));
		// At once, on the empty database: one node loads the demo data while the other waits for it (StartupLock).
		// Two threads of their own: the common pool may have one worker on two cores, which would start them in turn.
		ExecutorService starters = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Duration> startingA = CompletableFuture.supplyAsync(() -> started(a), starters);
			CompletableFuture<Duration> startingB = CompletableFuture.supplyAsync(() -> started(b), starters);
			CompletableFuture.allOf(startingA, startingB).join();
		}
		finally {
			starters.shutdown();
		}
	}

	@AfterAll
	static void stop() throws Exception {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
	}

	@Test
	void aFileUploadedThroughAIsServedByB() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
		Api.Response uploaded = ForumSteps.upload(a.api(), "demo-token-fagperson", "skjermbilde.png", png);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		long attachment = uploaded.json().path("id").asLong();
		long space = ForumSteps.space(a.api().asDemo("ansatt"), "Sykefraværsoppfølging");
		long discussion = ForumSteps.ask(a.api().asDemo("ansatt"), space, "Vedlegg på to noder", "Ser B bildet fra A?");
		Api.Response replied = a.api().asDemo("fagperson").post("/api/v1/discussions/" + discussion + "/messages",
				"{\"body\": \"Se bildet\", \"attachmentIds\": [" + attachment + "]}");
		assertThat(replied.status()).as(replied.body()).isEqualTo(201);

		HttpResponse<byte[]> onB = HTTP.send(HttpRequest.newBuilder(URI.create(b.base() + "/api/v1/attachments/" + attachment))
			.header("Authorization", "Bearer demo-token-ansatt").build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).isEqualTo(png);
	}

	@Test
	void aReplyOnAReachesTheAskersStreamOnBAndTheQuestionIsFoundOnB() throws Exception {
		String tag = TestText.unique();
		List<String> lines = new CopyOnWriteArrayList<>();
		HTTP.sendAsync(HttpRequest.newBuilder(URI.create(b.base() + "/api/v1/notifications/stream"))
			.header("Authorization", "Bearer demo-token-ansatt")
			.header("Accept", "text/event-stream")
			.build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(lines::add));
		awaitTrue(Duration.ofSeconds(10), () -> lines.stream().anyMatch(line -> line.contains("connected")));

		long discussion = ask(a.api().asDemo("ansatt"), "Reiseutgifter " + tag, "Dekkes reisen til legen? " + tag);
		Instant asked = Instant.now();
		Api searchOnB = b.api().asDemo("ansatt");
		boolean[] found = new boolean[1];
		awaitTrue(Duration.ofSeconds(2), () -> found[0] = searchOnB.get("/api/v1/search?q=" + tag).body()
			.contains("\"id\":" + discussion));
		// Measured when the search that found it returned, not after one more request.
		Duration took = Duration.between(asked, Instant.now());
		assertThat(found[0]).as("found on B within 2 s").isTrue();
		assertThat(took).isLessThan(Duration.ofSeconds(2));

		Api.Response reply = a.api().asDemo("fagperson").post("/api/v1/discussions/" + discussion + "/messages",
				"{\"body\":\"Ja, se reglene om reiseutgifter. " + tag + "\"}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		awaitTrue(Duration.ofSeconds(2), () -> pushedAbout(lines, discussion));
		assertThat(pushedAbout(lines, discussion)).as("a notification on B's stream within 2 s, got %s", lines)
			.isTrue();
	}

	@Test
	void aRoleRevokedOnAIsRefusedOnBWithinASecond() throws Exception {
		Api admin = a.api().asDemo("admin");
		JsonNode leder = null;
		for (JsonNode user : admin.get("/api/v1/admin/users?q=leder&size=50").json().path("items")) {
			leder = "leder".equals(user.path("username").asString()) ? user : leder;
		}
		assertThat(leder).as("the demo user leder").isNotNull();
		long id = leder.path("id").asLong();
		List<String> roles = new ArrayList<>();
		leder.path("roles").forEach(role -> roles.add(role.asString()));
		assertThat(change(admin, leder, with(roles, "ADMIN")).status()).isEqualTo(200);
		Api ledersB = b.api().asDemo("leder");
		assertThat(ledersB.get("/api/v1/admin/users/" + id).status()).isEqualTo(200);

		assertThat(change(admin, leder, roles).status()).isEqualTo(200);
		Instant revoked = Instant.now();
		awaitTrue(Duration.ofSeconds(1), () -> ledersB.get("/api/v1/admin/users/" + id).status() == 403);
		assertThat(ledersB.get("/api/v1/admin/users/" + id).status()).isEqualTo(403);
		assertThat(Duration.between(revoked, Instant.now())).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void webhookDeliveriesSentToEitherNodeAreProcessedOnce() throws Exception {
		List<String> comments = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String comment = PAGE + "_" + TestText.unique();
			comments.add(comment);
			String body = META.comment(comment, "Hei fra kommentar " + TestText.unique());
			assertThat(META.deliver((i % 2 == 0 ? a : b).base(), body)).isEqualTo(200);
			if (i % 5 == 0) {
				// Meta retries a delivery it saw time out; the retry may reach the other node.
				assertThat(META.deliver((i % 2 == 0 ? b : a).base(), body)).isEqualTo(200);
			}
		}
		// Until every comment is in: a check of only the messages found so far passed as soon as the first were
		// threaded, and under CI's load the assertion below then caught the last few still on their way.
		awaitTrue(Duration.ofSeconds(30), () -> inInbox(comments).size() == comments.size());
		assertThat(inInbox(comments)).as("inbox messages per comment").hasSize(comments.size())
			.allSatisfy((comment, count) -> assertThat(count).as(comment).isEqualTo(1));
	}

	@Test
	void aScheduledJobRunsOnceAcrossTheNodes() throws Exception {
		Runs before = quietRuns();
		Thread.sleep(6_000);
		Runs after = quietRuns();

		long ran = after.completions() - before.completions();
		assertThat(ran).as("the job ran in six seconds (every second, looked for every two)").isPositive();
		// db-scheduler's row goes up by one when a node claims the run and by one when it reschedules it: each run
		// the database handed out was run by exactly one node, and no node ran it on its own.
		assertThat(ran).as("runs counted by the nodes against runs handed out by the database")
			.isEqualTo((after.version() - before.version()) / 2);
	}

	private record Runs(long version, long completions) {
	}

	/**
	 * The job's row and both nodes' run counts, read while no run is in flight and the last one finished a while
	 * ago (so its count is in the metrics), and unchanged from before the metrics were read to after.
	 */
	private static Runs quietRuns() throws Exception {
		Instant deadline = Instant.now().plusSeconds(20);
		while (Instant.now().isBefore(deadline)) {
			Long version = quietVersion();
			if (version != null) {
				long completions = completions(a) + completions(b);
				if (version.equals(quietVersion())) {
					return new Runs(version, completions);
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the retry job was never quiet for a moment");
	}

	private static Long quietVersion() throws SQLException {
		try (Connection db = a.database(); PreparedStatement statement = db.prepareStatement("""
				select version from scheduled_tasks where task_name = 'event-publications-retry' and not picked
				and (last_success is null or last_success < now() - interval '300 milliseconds')
				and (last_failure is null or last_failure < now() - interval '300 milliseconds')
				"""); ResultSet rs = statement.executeQuery()) {
			return rs.next() ? rs.getLong(1) : null;
		}
	}

	/**
	 * The node's count of the job's runs. Read as a scraper reads it, accepting any type: the suite's client asks for
	 * JSON by default, which the endpoint refuses (406), and the first version of this test summed nothing from that
	 * refusal and counted no runs on either node.
	 */
	private static long completions(RunningJar node) {
		Api.Response metrics = node.api().as(METRICS).getAny("/actuator/prometheus");
		assertThat(metrics.status()).as("the metrics of %s", node.base()).isEqualTo(200);
		List<String> lines = metrics.body().lines()
			.filter(line -> line.startsWith("dbscheduler_task_completions_total{")
					&& line.contains("task=\"event-publications-retry\""))
			.toList();
		assertThat(lines).as("the job's run counters (ok and failed) on %s", node.base()).hasSize(2);
		return lines.stream().mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static long ask(Api asker, String title, String body) {
		String json = "{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"question\":true}";
		for (JsonNode space : asker.get("/api/v1/spaces").json().path("items")) {
			Api.Response made = asker.post("/api/v1/spaces/" + space.path("id").asLong() + "/discussions", json);
			if (made.status() == 201) {
				return made.json().path("id").asLong();
			}
		}
		throw new AssertionError("No space took the question");
	}

	private static boolean pushedAbout(List<String> lines, long discussion) {
		return lines.stream().anyMatch(line -> line.startsWith("data:") && line.contains("\"discussionId\":" + discussion));
	}

	private static Api.Response change(Api admin, JsonNode user, List<String> roles) {
		String email = user.path("email").isString() ? "\"" + user.path("email").asString() + "\"" : "null";
		String json = "{\"name\":\"" + user.path("name").asString() + "\",\"email\":" + email + ",\"unitId\":"
				+ (user.path("unit").isMissingNode() || user.path("unit").isNull() ? "null"
						: user.path("unit").path("id").asLong())
				+ ",\"roles\":[" + String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList())
				+ "],\"enabled\":true}";
		return admin.put("/api/v1/admin/users/" + user.path("id").asLong(), json);
	}

	private static Map<String, Integer> inInbox(List<String> comments) {
		Map<String, Integer> found = new java.util.HashMap<>();
		try (Connection db = a.database(); PreparedStatement statement = db.prepareStatement("""
				select i.external_id, count(m.id) from channels_inbound i join inbox_message m on m.inbound_id = i.id
				where i.external_id = any(?) group by i.external_id
				""")) {
			statement.setArray(1, db.createArrayOf("varchar", comments.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					found.put(rs.getString(1), rs.getInt(2));
				}
			}
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
		return found;
	}

	private static Duration started(RunningJar node) {
		try {
			return node.start();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static <T> List<T> with(List<T> list, T more) {
		List<T> longer = new ArrayList<>(list);
		longer.add(more);
		return longer;
	}

	private static Map<String, String> with(Map<String, String> map, String key, String value) {
		Map<String, String> more = new java.util.HashMap<>(map);
		more.put(key, value);
		return more;
	}

	private static void awaitTrue(Duration atMost, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(atMost);
		while (Instant.now().isBefore(deadline) && !condition.getAsBoolean()) {
			Thread.sleep(50);
		}
	}

}
