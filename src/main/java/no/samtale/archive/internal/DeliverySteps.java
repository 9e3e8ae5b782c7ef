package no.samtale.archive.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What one folder's live delivery has created in the agency's archive so far, object by object. Each write is its
 * own commit (the delivery runs outside a transaction), so a process that dies between a request and its answer
 * leaves the step SENDING: the next attempt then asks the archive for the object by its external key instead of
 * creating it a second time.
 */
@Component
class DeliverySteps {

	private final JdbcClient jdbc;

	DeliverySteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The progress of one record's delivery, as the adapter sees it. */
	NoarkArchive.Progress of(long recordId) {
		return new NoarkArchive.Progress() {

			@Override
			public NoarkArchive.Step step(String key) {
				return find(recordId, key);
			}

			@Override
			public void sending(String key) {
				write(recordId, key, "SENDING", null);
			}

			@Override
			public void created(String key, String remoteId) {
				write(recordId, key, "DONE", remoteId);
			}

			@Override
			public void refused(String key) {
				jdbc.sql("delete from archive_delivery_step where record_id = :id and step_key = :key")
					.param("id", recordId)
					.param("key", key)
					.update();
			}
		};
	}

	private NoarkArchive.Step find(long recordId, String key) {
		Optional<NoarkArchive.Step> step = jdbc
			.sql("select state, remote_id from archive_delivery_step where record_id = :id and step_key = :key")
			.param("id", recordId)
			.param("key", key)
			.query((rs, n) -> rs.getString("state").equals("DONE") ? NoarkArchive.Step.done(rs.getString("remote_id"))
					: NoarkArchive.Step.UNSURE)
			.optional();
		return step.orElse(NoarkArchive.Step.NOT_SENT);
	}

	private void write(long recordId, String key, String state, String remoteId) {
		Timestamp now = Timestamp.from(Instant.now());
		int updated = jdbc.sql("""
				update archive_delivery_step set state = :state, remote_id = :remote, updated_at = :now
				where record_id = :id and step_key = :key
				""")
			.param("state", state)
			.param("remote", remoteId)
			.param("now", now)
			.param("id", recordId)
			.param("key", key)
			.update();
		if (updated == 0) {
			// One delivery task runs per record at a time (db-scheduler), so no one inserts the same step meanwhile.
			jdbc.sql("""
					insert into archive_delivery_step (record_id, step_key, state, remote_id, updated_at)
					values (:id, :key, :state, :remote, :now)
					""")
				.param("id", recordId)
				.param("key", key)
				.param("state", state)
				.param("remote", remoteId)
				.param("now", now)
				.update();
		}
	}

}
