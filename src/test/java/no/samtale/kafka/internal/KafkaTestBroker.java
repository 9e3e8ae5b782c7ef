package no.samtale.kafka.internal;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import tools.jackson.databind.json.JsonMapper;

/**
 * A real Kafka broker in this JVM (KRaft, one node), with what the order tests need: topics, a switch that makes a
 * topic refuse every record as too large, and a reader of everything a topic holds for a key.
 */
final class KafkaTestBroker implements AutoCloseable {

	private static final String PROBE = "probe";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EmbeddedKafkaKraftBroker broker;

	private final Admin admin;

	private final KafkaProducer<String, String> probe;

	KafkaTestBroker() {
		broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.afterPropertiesSet();
		admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers()));
		probe = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers(),
				ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000),
				new StringSerializer(), new StringSerializer());
	}

	String servers() {
		return broker.getBrokersAsString();
	}

	void create(String... topics) {
		try {
			admin.createTopics(Stream.of(topics).map(topic -> new NewTopic(topic, 1, (short) 1)).toList())
				.all()
				.get(30, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Makes the topic refuse every record as too large (its largest message one byte), or take them again. */
	void limitRecords(String topic, boolean limited) {
		ConfigEntry largest = new ConfigEntry("max.message.bytes", limited ? "1" : "");
		AlterConfigOp change = new AlterConfigOp(largest, limited ? AlterConfigOp.OpType.SET : AlterConfigOp.OpType.DELETE);
		try {
			admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(change)))
				.all()
				.get(30, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		// The broker applies it moments after the controller took it: a record of the test's own shows when.
		await().atMost(Duration.ofSeconds(30)).until(() -> refuses(topic) == limited);
	}

	/** The numbers of the key's events in the topic, in the order a consumer reads them. */
	List<Long> sequences(String topic, String key) {
		return records(topic, key).stream().map(KafkaTestBroker::sequence).toList();
	}

	List<String> ids(String topic, String key) {
		return records(topic, key).stream().map(r -> header(r, "samtale-event-id")).toList();
	}

	/** Everything the topic holds for the key: read to its end, so every acknowledged record is there. */
	private List<ConsumerRecord<String, String>> records(String topic, String key) {
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers()), new StringDeserializer(),
				new StringDeserializer())) {
			TopicPartition partition = new TopicPartition(topic, 0);
			consumer.assign(List.of(partition));
			consumer.seekToBeginning(List.of(partition));
			long end = consumer.endOffsets(List.of(partition)).get(partition);
			while (consumer.position(partition) < end) {
				consumer.poll(Duration.ofMillis(200))
					.forEach(r -> found.add(r));
			}
		}
		return found.stream().filter(r -> key.equals(r.key())).toList();
	}

	/** The number in the envelope, which must be the header's. */
	private static long sequence(ConsumerRecord<String, String> record) {
		long inValue = JSON.readTree(record.value()).path("sequence").asLong();
		long inHeader = Long.parseLong(header(record, "samtale-event-sequence"));
		if (inValue != inHeader) {
			throw new AssertionError("sequence " + inValue + " in the value, " + inHeader + " in the header");
		}
		return inValue;
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private boolean refuses(String topic) {
		try {
			probe.send(new ProducerRecord<>(topic, PROBE, PROBE)).get(15, TimeUnit.SECONDS);
			return false;
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RecordTooLargeException) {
				return true;
			}
			throw new IllegalStateException(e.getCause());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		probe.close(Duration.ofSeconds(2));
		admin.close(Duration.ofSeconds(2));
		broker.destroy();
	}

}
