package no.samtale.kafka.internal;

import java.time.Clock;
import java.util.concurrent.Executor;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

import tools.jackson.databind.json.JsonMapper;

import no.samtale.platform.ThisNode;

/**
 * Turns Spring Modulith's event externalization on for the events of {@link ExternalEvents}, when
 * {@code SAMTALE_KAFKA_BOOTSTRAP_SERVERS} is set. The externalizer is a module listener like any other: when an
 * event it takes is published, a publication for it is stored in the event publication registry in the same
 * transaction (the outbox), it runs after the commit on a background thread, and the publication is completed only
 * when Kafka acknowledged the record. A failed send leaves it failed, and {@code platform.FailedEventRetry} sends it
 * again (and a restart sends what a crash left). So an event goes out at least once, and never for a transaction
 * that rolled back. Sends are serialized (one in flight at a time), so Kafka sees events in the order they were
 * handed over. Without the variable none of this exists and no event is stored for Kafka.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${samtale.kafka.bootstrap-servers:}'.isBlank()")
class KafkaExternalization {

	private static final Logger log = LoggerFactory.getLogger(KafkaExternalization.class);

	@Bean
	ExternalEvents externalEvents(@Value("${samtale.kafka.topic-prefix:samtale.}") String prefix) {
		return new ExternalEvents(prefix);
	}

	/** Replaces Modulith's default (events annotated {@code @Externalized}, of which Samtale has none). */
	@Bean
	EventExternalizationConfiguration kafkaEventSelection(ExternalEvents events) {
		return EventExternalizationConfiguration.externalizing()
			.select(events::leaves)
			.mapping(event -> events.outgoing(event).orElseThrow())
			.routeAll(event -> {
				Outgoing outgoing = events.outgoing(event).orElseThrow();
				return RoutingTarget.forTarget(outgoing.topic()).andKey(outgoing.key());
			})
			.serializeExternalization(true)
			.build();
	}

	@Bean(destroyMethod = "close")
	KafkaSender kafkaSender(@Value("${samtale.kafka.bootstrap-servers}") String servers,
			@Value("${samtale.kafka.keystore-path:}") String keystore,
			@Value("${samtale.kafka.truststore-path:}") String truststore,
			@Value("${samtale.kafka.credstore-password:}") String password, ThisNode node, JsonMapper json,
			@Qualifier("applicationTaskExecutor") Executor completions, MeterRegistry meters) {
		ProducerSettings settings = new ProducerSettings(servers, "samtale-" + node.name(), keystore, truststore,
				password);
		log.warn("Module events go to Kafka as {}. EXPERIMENTAL: its fault test found the inbox's threading stalled "
				+ "while the broker was unreachable (docs/kafka.md); do not turn this on in production yet",
				settings.clientId());
		return new KafkaSender(new KafkaProducer<>(settings.asProperties()), json, completions, Clock.systemUTC(),
				meters);
	}

	@Bean
	DelegatingEventExternalizer kafkaEventExternalizer(EventExternalizationConfiguration selection,
			KafkaSender sender) {
		return new DelegatingEventExternalizer(selection, (target, payload) -> sender.send((Outgoing) payload));
	}

}
