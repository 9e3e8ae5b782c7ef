package no.samtale.notifications.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.events.NettpratAskers;

/**
 * Finds the sealed notifications meant for a reader: those for the asker of an anonymous nettprat question, kept
 * under the asker's keyed hash instead of a person (docs/notifications.md). The reader's hash is computed for each
 * nettprat that has sealed notifications; nothing goes from a hash to a person.
 */
@Component
class AnonymousAskers {

	private final JdbcClient jdbc;

	private final NettpratAskers askers;

	AnonymousAskers(JdbcClient jdbc, NettpratAskers askers) {
		this.jdbc = jdbc;
		this.askers = askers;
	}

	/** The reader's keys under which sealed notifications may wait for them; empty when none are sealed at all. */
	List<String> keysOf(long reader) {
		return jdbc.sql("select distinct nettprat_id from notifications_notification where recipient_key is not null")
			.query(Long.class)
			.list()
			.stream()
			.map(nettprat -> askers.askerKey(nettprat, reader))
			.toList();
	}

	/** Whether the sealed notification of {@code nettpratId} kept under {@code key} is the reader's. */
	boolean isTheirs(long reader, long nettpratId, String key) {
		return askers.askerKey(nettpratId, reader).equals(key);
	}

}
