package no.samtale.kafka.internal;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.ThisNode;

/**
 * Turns Spring Modulith's event externalization on for the events of {@link ExternalEvents}, when
 * {@code SAMTALE_KAFKA_BOOTSTRAP_SERVERS} is set. The externalizer is a module listener: when an event it takes is
 * published, a publication for it is stored in the event publication registry in the same transaction (the outbox);
 * after the commit it runs on a thread of its own ({@link KafkaEventExternalizer}, never the modules' shared
 * executor), in its key's turn ({@link InOrder}, numbered by {@link KeySequences} in the publishing transaction),
 * and the publication is completed only when Kafka acknowledged the record. A failed send leaves it
 * failed, and {@code platform.FailedEventRetry} and {@link KafkaCatchUp} send it again (and a restart sends what a
 * crash left). So an event goes out at least once, and never for a transaction that rolled back. Without the variable
 * none of this exists and no event is stored for Kafka.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${samtale.kafka.bootstrap-servers:}'.isBlank()")
class KafkaExternalization {

	/** The one thread that hands events to Kafka, in order (the executor's bean name, for {@code @Async}). */
	static final String HANDOVER = "kafkaHandover";

	/** The one thread that records Kafka's answers in the event publication registry. */
	static final String COMPLETIONS = "kafkaCompletions";

	private static final Logger log = LoggerFactory.getLogger(KafkaExternalization.class);

	@Bean
	ExternalEvents externalEvents(@Value("${samtale.kafka.topic-prefix:samtale.}") String prefix) {
		return new ExternalEvents(prefix);
	}

	/**
	 * Replaces Modulith's default (events annotated {@code @Externalized}, of which Samtale has none). Not serialized
	 * by Modulith: its semaphore would hold a thread per waiting event; the single handover thread orders them.
	 */
	@Bean
	EventExternalizationConfiguration kafkaEventSelection(ExternalEvents events) {
		return EventExternalizationConfiguration.externalizing()
			.select(events::leaves)
			.mapping(event -> events.outgoing(event).orElseThrow())
			.routeAll(event -> {
				Outgoing outgoing = events.outgoing(event).orElseThrow();
				return RoutingTarget.forTarget(outgoing.topic()).andKey(outgoing.key());
			})
			.build();
	}

	/**
	 * Not a default candidate, so Boot's shared {@code applicationTaskExecutor} still exists beside it and stays the
	 * executor of every other {@code @Async} listener.
	 */
	@Bean(name = HANDOVER, defaultCandidate = false)
	ThreadPoolTaskExecutor kafkaHandover() {
		return singleThread("kafka-handover-");
	}

	@Bean(name = COMPLETIONS, defaultCandidate = false)
	ThreadPoolTaskExecutor kafkaCompletions() {
		return singleThread("kafka-completions-");
	}

	@Bean(destroyMethod = "close")
	KafkaSender kafkaSender(@Value("${samtale.kafka.bootstrap-servers}") String servers,
			@Value("${samtale.kafka.keystore-path:}") String keystore,
			@Value("${samtale.kafka.truststore-path:}") String truststore,
			@Value("${samtale.kafka.credstore-password:}") String password, ThisNode node, JsonMapper json,
			@Qualifier(COMPLETIONS) ThreadPoolTaskExecutor completions, MeterRegistry meters) {
		ProducerSettings settings = new ProducerSettings(servers, "samtale-" + node.name(), keystore, truststore,
				password);
		log.info("Module events go to Kafka as {}", settings.clientId());
		return new KafkaSender(new KafkaProducer<>(settings.asProperties()), json, completions, Clock.systemUTC(),
				meters);
	}

	@Bean
	KeySequences kafkaKeySequences(ExternalEvents events, JdbcClient jdbc, DuplicateSafeInsert inserts,
			PlatformTransactionManager transactions) {
		return new KeySequences(events, jdbc, inserts, ownTransaction(transactions), Clock.systemUTC());
	}

	@Bean
	KeyOrder kafkaKeyOrder(JdbcClient jdbc, PlatformTransactionManager transactions) {
		return new KeyOrder(jdbc, ownTransaction(transactions), Clock.systemUTC());
	}

	@Bean
	InOrder kafkaInOrder(KeySequences sequences, KeyOrder order, KafkaSender sender,
			@Value("${samtale.kafka.park-after:5}") int parkAfter, MeterRegistry meters) {
		return new InOrder(sequences, order, sender, parkAfter, meters);
	}

	@Bean
	KafkaEventExternalizer kafkaEventExternalizer(EventExternalizationConfiguration selection, InOrder inOrder) {
		return new KafkaEventExternalizer(selection, inOrder);
	}

	/** A transaction of its own: the handover and completions threads run outside any other. */
	private static TransactionTemplate ownTransaction(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

	/**
	 * One thread and a queue without bound: a send waits at most {@code max.block.ms} plus
	 * {@code delivery.timeout.ms}, and while Kafka is away sends are refused at once, so the queue stays short. What
	 * is queued when the application stops is still incomplete in the registry and sent again at the next start. Both
	 * take work until they are destroyed (the sender, which uses them, goes first), so a late answer is still recorded.
	 */
	private static ThreadPoolTaskExecutor singleThread(String prefix) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix(prefix);
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.setAcceptTasksAfterContextClose(true);
		executor.setAwaitTerminationSeconds(5);
		return executor;
	}

}
