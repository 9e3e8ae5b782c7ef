package no.samtale.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.support.Api;
import no.samtale.support.MetaComments;
import no.samtale.support.RunningJar;
import no.samtale.support.TcpRelay;
import no.samtale.support.TestText;

/**
 * The built jar with {@code SAMTALE_KAFKA_BOOTSTRAP_SERVERS} set, against a real Kafka broker (KRaft, in this JVM).
 * The jar reaches the broker through a relay on a fixed address that stays closed until the test opens it: Kafka is
 * away from the start (the relay carries only the first contact; once a client knows the cluster it talks to the
 * broker directly, so closing the relay later would not take Kafka away). While it is away, users' requests and the
 * inbox's threading go on as if there were no Kafka, and the events wait in the outbox (the event publication
 * registry); once it is back they go out, each under its conversation's or discussion's key with an idempotency key
 * derived from the fact. The general retry of failed publications is set to ten minutes, so what brings them out is
 * Kafka's own catch-up. Runs after {@code package} (maven-failsafe), PostgreSQL only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaEventsFaultTests {

	private static final String SECRET = "kafka-app-secret";

	private static final String CONVERSATIONS = "samtale.inbox.conversations";

	private static final String DISCUSSIONS = "samtale.forum.discussions";

	/** A request never waits on Kafka; generous for a loaded CI machine, far below the stall the test was made for. */
	private static final Duration QUICK = Duration.ofSeconds(10);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final MetaComments META = new MetaComments(SECRET, "1000000000001");

	private static final List<ConsumerRecord<String, String>> RECEIVED = new CopyOnWriteArrayList<>();

	private static EmbeddedKafkaKraftBroker broker;

	private static TcpRelay relay;

	private static RunningJar node;

	private static KafkaConsumer<String, String> consumer;

	/** The first comment of the first test, whose conversation got three events while Kafka was away. */
	private static String firstThread;

	@BeforeAll
	static void start() throws Exception {
		broker = new EmbeddedKafkaKraftBroker(1, 2, CONVERSATIONS, DISCUSSIONS, "samtale.publishing.posts");
		broker.afterPropertiesSet();
		String[] address = broker.getBrokersAsString().split(",")[0].split(":");
		relay = new TcpRelay(address[0], Integer.parseInt(address[1]));
		node = RunningJar.onFreshDatabase("kafka", Map.of("SAMTALE_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + relay.port(),
				// Refused events go out by Kafka's catch-up (looked at every second here), not by the general retry.
				"SAMTALE_KAFKA_CATCH_UP_INTERVAL", "1s", "SAMTALE_EVENTS_RETRY_INTERVAL", "10m",
				"SAMTALE_META_APP_SECRET", SECRET, "SAMTALE_META_VERIFY_TOKEN", "kafka",
				"SAMTALE_META_GRAPH_URL", "http://127.0.0.1:9"));
		// The demo data loaded at the start publishes events for Kafka at once: with Kafka away, the first of them
		// are what once stopped every module's listeners.
		node.start();
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(CONVERSATIONS, DISCUSSIONS));
	}

	@AfterAll
	static void stop() throws Exception {
		if (consumer != null) {
			consumer.close(Duration.ofSeconds(2));
		}
		if (node != null) {
			node.close();
		}
		if (relay != null) {
			relay.close();
		}
		if (broker != null) {
			broker.destroy();
		}
	}

	@Test
	@Order(1)
	void whileKafkaIsAwayRequestsAndThreadingGoOnAndTheEventsGoOutWhenItReturns() throws Exception {
		List<String> comments = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String comment = "1000000000001_" + TestText.unique();
			comments.add(comment);
			String body = META.comment(comment, "Hei, når kommer pengene? " + i);
			assertThat(quickly(() -> deliver(body))).isEqualTo(200);
		}
		// Two replies in the first comment's thread: three events of one conversation while Kafka is away.
		firstThread = comments.get(0);
		for (int i = 0; i < 2; i++) {
			String reply = "1000000000001_" + TestText.unique();
			comments.add(reply);
			String body = META.reply(reply, firstThread, "Og en ting til " + i);
			assertThat(quickly(() -> deliver(body))).isEqualTo(200);
		}
		Verified verified = verifyAnAnswer();
		awaitTrue(Duration.ofSeconds(60), () -> threaded(comments).size() == comments.size());
		Map<Long, Long> conversationOfInbound = threaded(comments);
		assertThat(conversationOfInbound).as("threaded into the inbox while Kafka is away").hasSize(comments.size());
		awaitTrue(Duration.ofSeconds(30), () -> waitingForKafka() >= comments.size() + 1);
		assertThat(waitingForKafka()).as("the events wait in the outbox").isGreaterThanOrEqualTo(comments.size() + 1);

		Instant opened = Instant.now();
		relay.open();
		Map<String, Long> expected = new HashMap<>();
		conversationOfInbound.forEach((inbound, conversation) -> expected.put(
				id("inbox.message-received", "" + inbound), conversation));
		awaitTrue(Duration.ofSeconds(60), () -> receivedIds().containsAll(expected.keySet())
				&& verifiedAnswer(verified.discussion()) != null);
		for (var entry : expected.entrySet()) {
			ConsumerRecord<String, String> record = RECEIVED.stream()
				.filter(r -> entry.getKey().equals(header(r, "samtale-event-id")))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no event " + entry.getKey() + " in " + RECEIVED));
			assertThat(record.topic()).isEqualTo(CONVERSATIONS);
			assertThat(record.key()).as("keyed by the conversation").isEqualTo("" + entry.getValue());
			JsonNode value = JSON.readTree(record.value());
			assertThat(value.path("id").asString()).as("the idempotency key").isEqualTo(entry.getKey());
			assertThat(value.path("type").asString()).isEqualTo("inbox.message-received");
			assertThat(value.path("version").asInt()).isEqualTo(1);
			assertThat(value.path("data").path("conversationId").asLong()).isEqualTo(entry.getValue());
			assertThat(value.path("data").path("kind").asString()).isEqualTo("PUBLIC");
			assertThat(record.value()).as("no names and no text leave").doesNotContain("Kari", "pengene");
		}
		ConsumerRecord<String, String> answer = verifiedAnswer(verified.discussion());
		assertThat(answer).as("forum.answer-verified for discussion %s", verified.discussion()).isNotNull();
		assertThat(answer.key()).isEqualTo("" + verified.discussion());
		assertThat(JSON.readTree(answer.value()).path("data").path("messageId").asLong()).isEqualTo(verified.message());
		assertThat(answer.value()).doesNotContain(verified.tag());
		// Everything held, the demo data's events from the start included. Counted up to Kafka's return: the demo's
		// fake platforms keep bringing messages, whose events pass through the outbox as they go.
		awaitTrue(Duration.ofSeconds(60), () -> waitingForKafkaFrom(opened) == 0);
		assertThat(waitingForKafkaFrom(opened)).as("the outbox is emptied once Kafka has them").isZero();
		long conversation = conversationOfInbound.get(inboundOf(firstThread));
		assertThat(numbers(CONVERSATIONS, "" + conversation)).as("the three events of one conversation, in order")
			.containsExactly(1L, 2L, 3L);
		everyKeysNumbersRunFromOneWithoutAGap();
	}

	@Test
	@Order(2)
	void withKafkaThereAnEventGoesOutAtOnceUnderItsConversationsKey() throws Exception {
		relay.open();
		String comment = "1000000000001_" + TestText.unique();
		assertThat(quickly(() -> deliver(META.comment(comment, "Hei igjen")))).isEqualTo(200);
		awaitTrue(Duration.ofSeconds(30), () -> threaded(List.of(comment)).size() == 1);
		Map.Entry<Long, Long> threaded = threaded(List.of(comment)).entrySet().iterator().next();
		String event = id("inbox.message-received", "" + threaded.getKey());

		// Sent when it happens, not by the catch-up: nothing was refused, so nothing waits for it.
		awaitTrue(Duration.ofSeconds(30), () -> receivedIds().contains(event));
		ConsumerRecord<String, String> record = RECEIVED.stream()
			.filter(r -> event.equals(header(r, "samtale-event-id")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no event " + event));
		assertThat(record.key()).isEqualTo("" + threaded.getValue());
		assertThat(header(record, "samtale-event-type")).isEqualTo("inbox.message-received");
		assertThat(header(record, "samtale-event-sequence")).as("a new conversation's first event").isEqualTo("1");
		assertThat(failedForKafka()).as("no send was refused").isZero();

		assertThat(firstThread).as("the first test's conversation").isNotNull();
		String reply = "1000000000001_" + TestText.unique();
		assertThat(quickly(() -> deliver(META.reply(reply, firstThread, "Takk")))).isEqualTo(200);
		awaitTrue(Duration.ofSeconds(30), () -> threaded(List.of(reply)).size() == 1);
		String replyEvent = id("inbox.message-received", "" + threaded(List.of(reply)).keySet().iterator().next());
		awaitTrue(Duration.ofSeconds(30), () -> receivedIds().contains(replyEvent));
		long conversation = threaded(List.of(firstThread)).values().iterator().next();
		assertThat(numbers(CONVERSATIONS, "" + conversation)).as("numbered on from the events sent after the outage")
			.containsExactly(1L, 2L, 3L, 4L);
		everyKeysNumbersRunFromOneWithoutAGap();
	}

	/**
	 * Read in the order Kafka keeps, each key's events (a second copy of one left out) are numbered 1, 2, 3, … with
	 * no gap: nothing was parked, so none may be missing or out of turn, the demo data's events included.
	 */
	private static void everyKeysNumbersRunFromOneWithoutAGap() {
		poll();
		Map<String, List<Long>> byKey = new HashMap<>();
		for (ConsumerRecord<String, String> record : RECEIVED) {
			byKey.computeIfAbsent(record.topic() + "/" + record.key(), k -> numbers(record.topic(), record.key()));
		}
		assertThat(byKey).isNotEmpty();
		byKey.forEach((key, numbers) -> assertThat(numbers).as("the numbers of %s", key)
			.isEqualTo(LongStream.rangeClosed(1, numbers.size()).boxed().toList()));
	}

	/** The numbers of a key's events as received, in order, each event once (Kafka delivers at least once). */
	private static List<Long> numbers(String topic, String key) {
		poll();
		Set<String> seen = new HashSet<>();
		List<Long> numbers = new ArrayList<>();
		for (ConsumerRecord<String, String> record : RECEIVED) {
			if (record.topic().equals(topic) && key.equals(record.key()) && seen.add(header(record, "samtale-event-id"))) {
				long number = JSON.readTree(record.value()).path("sequence").asLong();
				assertThat(header(record, "samtale-event-sequence")).isEqualTo("" + number);
				numbers.add(number);
			}
		}
		return numbers;
	}

	private static long inboundOf(String comment) {
		return threaded(List.of(comment)).keySet().iterator().next();
	}

	private record Verified(long discussion, long message, String tag) {
	}

	/** A question asked, answered and verified in the forum, each request answered quickly. */
	private static Verified verifyAnAnswer() throws Exception {
		String tag = TestText.unique();
		Api asker = node.api().asDemo("ansatt");
		long space = -1;
		for (JsonNode each : asker.get("/api/v1/spaces").json().path("items")) {
			space = "Faglig veiledning på regelverksspørsmål".equals(each.path("name").asString())
					? each.path("id").asLong() : space;
		}
		String path = "/api/v1/spaces/" + space + "/discussions";
		Api.Response asked = quickly(() -> asker.post(path, "{\"title\":\"Feriepenger " + tag
				+ "\",\"body\":\"Når utbetales feriepenger? " + tag + "\",\"question\":true}"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		long discussion = asked.json().path("id").asLong();
		Api.Response answer = quickly(() -> node.api().asDemo("fagperson")
			.post("/api/v1/discussions/" + discussion + "/messages", "{\"body\":\"I juni, se reglene. " + tag + "\"}"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		long message = answer.json().path("id").asLong();
		Api.Response verified = quickly(() -> node.api().asDemo("moderator")
			.post("/api/v1/discussions/" + discussion + "/verified-answer", "{\"messageId\":" + message + "}"));
		assertThat(verified.status()).as(verified.body()).isEqualTo(200);
		return new Verified(discussion, message, tag);
	}

	private static int deliver(String body) {
		try {
			return META.deliver(node.base(), body);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static <T> T quickly(Supplier<T> request) {
		Instant began = Instant.now();
		T answer = request.get();
		assertThat(Duration.between(began, Instant.now())).as("the request waits for no Kafka").isLessThan(QUICK);
		return answer;
	}

	private static ConsumerRecord<String, String> verifiedAnswer(long discussion) {
		poll();
		return RECEIVED.stream()
			.filter(r -> r.topic().equals(DISCUSSIONS) && r.key().equals("" + discussion)
					&& "forum.answer-verified".equals(header(r, "samtale-event-type")))
			.findFirst()
			.orElse(null);
	}

	private static List<String> receivedIds() {
		poll();
		return RECEIVED.stream().map(r -> header(r, "samtale-event-id")).toList();
	}

	private static synchronized void poll() {
		consumer.poll(Duration.ofMillis(200)).forEach(RECEIVED::add);
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	/** The documented idempotency key: a name-based UUID of "type:identity". */
	private static String id(String type, String identity) {
		return UUID.nameUUIDFromBytes((type + ":" + identity).getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** Inbound id to conversation id, for the comments the inbox has filed. */
	private static Map<Long, Long> threaded(List<String> comments) {
		Map<Long, Long> found = new HashMap<>();
		try (Connection db = node.database(); PreparedStatement statement = db.prepareStatement("""
				select i.id, m.conversation_id from channels_inbound i join inbox_message m on m.inbound_id = i.id
				where i.external_id = any(?)
				""")) {
			statement.setArray(1, db.createArrayOf("varchar", comments.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					found.put(rs.getLong(1), rs.getLong(2));
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return found;
	}

	/** Publications for Kafka not yet completed (the outbox). */
	private static int waitingForKafka() {
		return count("select count(*) from event_publication where listener_id like '%KafkaEventExternalizer%'"
				+ " and completion_date is null");
	}

	/** Publications for Kafka from before the given time not yet completed. */
	private static int waitingForKafkaFrom(Instant before) {
		try (Connection db = node.database(); PreparedStatement statement = db.prepareStatement("""
				select count(*) from event_publication where listener_id like '%KafkaEventExternalizer%'
				and completion_date is null and publication_date < ?
				""")) {
			statement.setTimestamp(1, Timestamp.from(before));
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int failedForKafka() {
		return count("select count(*) from event_publication where listener_id like '%KafkaEventExternalizer%'"
				+ " and completion_date is null and status = 'FAILED'");
	}

	private static int count(String sql) {
		try (Connection db = node.database(); PreparedStatement statement = db.prepareStatement(sql);
				ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getInt(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void awaitTrue(Duration atMost, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(atMost);
		while (Instant.now().isBefore(deadline) && !condition.getAsBoolean()) {
			Thread.sleep(100);
		}
	}

}
