package no.samtale.archive.internal;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;

/**
 * Sends closed folders to the agency's archive when live journaling is on: a delivery row per folder, attempted by
 * a db-scheduler task and retried with growing waits (30 s, 1 min, 2 min … up to {@link #ATTEMPTS} tries) while
 * the archive is unreachable. A delivery that gives up is FAILED, shown on the archive page, and can be retried by
 * hand; its folder stays in Samtale meanwhile, so nothing is lost. An attempt goes on from what the earlier ones
 * made in the archive ({@link DeliverySteps}), so a retry never makes a second saksmappe.
 */
@Component
class LiveJournaling {

	static final int ATTEMPTS = 6;

	private final JdbcClient jdbc;

	private final NoarkArchive archive;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final ExtractSource source;

	private final DeliverySteps steps;

	LiveJournaling(JdbcClient jdbc, NoarkArchive archive, ObjectProvider<SchedulerClient> scheduler,
			ExtractSource source, DeliverySteps steps) {
		this.steps = steps;
		this.jdbc = jdbc;
		this.archive = archive;
		this.scheduler = scheduler;
		this.source = source;
	}

	/** Queues a closed folder for the live archive (nothing when live journaling is off, or it is queued already). */
	void queue(long recordId) {
		if (!archive.enabled()) {
			return;
		}
		int inserted = jdbc.sql("""
				insert into archive_delivery (record_id, state, attempts, updated_at)
				select :id, 'PENDING', 0, :now from archive_record r where r.id = :id
				    and not exists (select 1 from archive_delivery d where d.record_id = :id)
				""")
			.param("id", recordId)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		if (inserted == 1) {
			scheduler.getObject().scheduleIfNotExists(DeliveryTask.instance(recordId, 0), Instant.now());
		}
	}

	/** A failed delivery tried again from the start of its backoff. */
	@Transactional
	void retry(long recordId) {
		int updated = jdbc.sql("""
				update archive_delivery set state = 'PENDING', attempts = 0, updated_at = :now
				where record_id = :id and state = 'FAILED'
				""")
			.param("id", recordId)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		if (updated != 1) {
			boolean exists = jdbc.sql("select count(*) from archive_delivery where record_id = :id").param("id", recordId)
				.query(Integer.class).single() > 0;
			if (!exists) {
				throw new NotFoundException("Delivery", recordId);
			}
			throw new RuleViolationException("archive-delivery-not-failed", "recordId",
					"Only a failed delivery can be retried");
		}
		scheduler.getObject().scheduleIfNotExists(DeliveryTask.instance(recordId, 0), Instant.now());
	}

	/** One attempt, from the delivery task. */
	void attempt(long recordId, int attempt) {
		String state = jdbc.sql("select state from archive_delivery where record_id = :id").param("id", recordId)
			.query(String.class).optional().orElse("SENT");
		if (!state.equals("PENDING")) {
			return;
		}
		try {
			String remoteId = archive.deliver(deliveryPackage(recordId), steps.of(recordId));
			jdbc.sql("""
					update archive_delivery set state = 'SENT', attempts = :attempts, remote_id = :remote,
					    last_error = null, updated_at = :now where record_id = :id
					""")
				.param("attempts", attempt + 1)
				.param("remote", remoteId)
				.param("now", Timestamp.from(Instant.now()))
				.param("id", recordId)
				.update();
		}
		catch (NoarkArchive.DeliveryException e) {
			boolean giveUp = e.permanent() || attempt + 1 >= ATTEMPTS;
			jdbc.sql("""
					update archive_delivery set state = :state, attempts = :attempts, last_error = :error,
					    updated_at = :now where record_id = :id
					""")
				.param("state", giveUp ? "FAILED" : "PENDING")
				.param("attempts", attempt + 1)
				.param("error", RecordStore.cut(e.getMessage(), 500))
				.param("now", Timestamp.from(Instant.now()))
				.param("id", recordId)
				.update();
			if (!giveUp) {
				scheduler.getObject().scheduleIfNotExists(DeliveryTask.instance(recordId, attempt + 1),
						Instant.now().plus(backoff(attempt)));
			}
		}
	}

	static Duration backoff(int attempt) {
		return Duration.ofSeconds(30L << Math.min(attempt, 8));
	}

	private NoarkArchive.DeliveryPackage deliveryPackage(long recordId) {
		ExtractSource.Folder folder = source.folder(recordId).orElseThrow(() -> new NotFoundException("Record", recordId));
		List<NoarkArchive.Document> documents = folder.documents().stream().map(document -> {
			ByteArrayOutputStream content = new ByteArrayOutputStream();
			source.copyContent(document.id(), content);
			return new NoarkArchive.Document(document, content.toByteArray());
		}).toList();
		return new NoarkArchive.DeliveryPackage(folder.record(), folder.entries(), documents);
	}

}
