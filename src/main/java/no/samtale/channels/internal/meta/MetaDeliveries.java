package no.samtale.channels.internal.meta;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.RandomTokens;

/**
 * The webhook deliveries as Meta sent them. Storing one and publishing its {@link MetaDeliveryStored} share a
 * transaction, so a delivery acknowledged to Meta is processed, even after a crash; the same body twice (Meta
 * retries when its request timed out) is stored once.
 */
@Component
class MetaDeliveries {

	static final int MAX_PAYLOAD = 1_000_000;

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final ApplicationEventPublisher events;

	MetaDeliveries(JdbcClient jdbc, DuplicateSafeInsert inserts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.events = events;
	}

	/** Stores a delivery; answers false when the same body had arrived before. */
	@Transactional
	boolean store(byte[] body) {
		String payload = new String(body, StandardCharsets.UTF_8);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int inserted = inserts.insert("""
				insert into channels_meta_delivery (body_hash, payload, state, received_at)
				values (:hash, :payload, 'RECEIVED', :now)
				""", "body_hash", sql -> jdbc.sql(sql)
			.param("hash", RandomTokens.sha256(payload))
			.param("payload", payload)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id"));
		if (inserted == 0) {
			return false;
		}
		events.publishEvent(new MetaDeliveryStored(key.getKey().longValue()));
		return true;
	}

	String payload(long deliveryId) {
		return jdbc.sql("select payload from channels_meta_delivery where id = :id")
			.param("id", deliveryId)
			.query(String.class)
			.single();
	}

	void finished(long deliveryId, String state, String error) {
		jdbc.sql("""
				update channels_meta_delivery set state = :state, error = :error, processed_at = :now where id = :id
				""")
			.param("state", state)
			.param("error", error == null || error.length() <= 1000 ? error : error.substring(0, 1000))
			.param("now", Timestamp.from(Instant.now()))
			.param("id", deliveryId)
			.update();
	}

}
