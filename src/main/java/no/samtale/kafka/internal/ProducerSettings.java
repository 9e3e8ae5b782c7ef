package no.samtale.kafka.internal;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The producer's settings, from Samtale's few variables (docs/kafka.md). Chosen so that Kafka being away costs a
 * user nothing: a send waits at most {@code max.block.ms} for the cluster's metadata (on Kafka's own handover thread,
 * never a request's or another module's) and gives up on a record after {@code delivery.timeout.ms}, after which the
 * event publication stays failed and is sent again by the catch-up.
 *
 * @param keystorePath a PKCS#12 client keystore (NAIS/Aiven mounts one); with it the connection is SSL
 * @param truststorePath a JKS truststore for the brokers' certificates
 * @param credstorePassword the password of both stores
 */
record ProducerSettings(String bootstrapServers, String clientId, String keystorePath, String truststorePath,
		String credstorePassword) {

	Map<String, Object> asProperties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		// Every replica has it before it counts as sent; the idempotent producer keeps a key's order across its
		// own retries and writes no duplicates from them.
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		// The handover thread waits for each send's answer (one in flight keeps the order), so a send that cannot
		// go through gives up soon: 2 s waiting for the cluster's metadata, 10 s for the record.
		properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000);
		properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
		properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
		// One record at a time: waiting to fill a batch would only add to every send.
		properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		if (!keystorePath.isBlank()) {
			properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL");
			properties.put(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12");
			properties.put(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, keystorePath);
			properties.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, credstorePassword);
			properties.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG, credstorePassword);
			properties.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "JKS");
			properties.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, truststorePath);
			properties.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, credstorePassword);
		}
		return properties;
	}

}
