package no.samtale.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProducerSettingsTests {

	@Test
	void withoutAKeystoreTheConnectionIsPlain() {
		Map<String, Object> properties = new ProducerSettings("broker:9092", "samtale-a", "", "", "").asProperties();

		assertThat(properties).containsEntry("bootstrap.servers", "broker:9092")
			.containsEntry("acks", "all")
			.containsEntry("enable.idempotence", true)
			.doesNotContainKey("security.protocol");
	}

	@Test
	void aKeystoreTurnsOnSslWithBothStores() {
		Map<String, Object> properties = new ProducerSettings("broker:26484", "samtale-a", "/var/run/secrets/client.p12",
				"/var/run/secrets/client.jks", "changeit")
			.asProperties();

		assertThat(properties).containsEntry("security.protocol", "SSL")
			.containsEntry("ssl.keystore.type", "PKCS12")
			.containsEntry("ssl.keystore.location", "/var/run/secrets/client.p12")
			.containsEntry("ssl.truststore.location", "/var/run/secrets/client.jks")
			.containsEntry("ssl.truststore.password", "changeit");
	}

	@Test
	void aSendGivesUpWaitingForTheClusterSoonSoNoThreadIsHeldLong() {
		Map<String, Object> properties = new ProducerSettings("broker:9092", "samtale-a", "", "", "").asProperties();

		assertThat((Integer) properties.get("max.block.ms")).isLessThanOrEqualTo(2_000);
		assertThat((Integer) properties.get("delivery.timeout.ms")).isLessThanOrEqualTo(10_000)
			.isGreaterThanOrEqualTo((Integer) properties.get("request.timeout.ms") + (Integer) properties.get("linger.ms"));
	}

}
