package no.samtale.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.OutboxEntry.State;
import no.samtale.channels.internal.OutboxDeliveryTask;
import no.samtale.channels.internal.OutboxStates;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.ConflictException;
import no.samtale.platform.NotFoundException;

/**
 * Everything that leaves for a platform. Enqueue inside the transaction that decides to send: the entry and its
 * delivery task commit together, and the idempotency key makes a second enqueue of the same thing a no-op. How an
 * entry moves from PENDING to SENT or FAILED, and why it is never sent twice, is in {@link OutboxStates}.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final Accounts accounts;

	private final ObjectProvider<SchedulerClient> scheduler;

	Outbox(JdbcClient jdbc, DuplicateSafeInsert inserts, Accounts accounts, ObjectProvider<SchedulerClient> scheduler) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.accounts = accounts;
		this.scheduler = scheduler;
	}

	@Transactional
	public long enqueue(long accountId, OutboundAction action, String targetExternalId, String body,
			String idempotencyKey) {
		return enqueue(accountId, action, targetExternalId, body, idempotencyKey, null, null);
	}

	/** As above, on behalf of the user {@code senderUserId} (a reply's author), whom a connector may name. */
	@Transactional
	public long enqueue(long accountId, OutboundAction action, String targetExternalId, String body,
			String idempotencyKey, Long senderUserId) {
		return enqueue(accountId, action, targetExternalId, body, idempotencyKey, null, senderUserId);
	}

	/** As above, with the time the platform is to publish at (for {@link OutboundAction#SCHEDULE}). */
	@Transactional
	public long enqueue(long accountId, OutboundAction action, String targetExternalId, String body,
			String idempotencyKey, Instant publishAt, Long senderUserId) {
		return enqueue(accountId, action, targetExternalId, body, idempotencyKey, publishAt, senderUserId, null);
	}

	/** As above, for a post with an image or a video ({@code media} null for text alone). */
	@Transactional
	public long enqueue(long accountId, OutboundAction action, String targetExternalId, String body,
			String idempotencyKey, Instant publishAt, Long senderUserId, OutboundMedia media) {
		Account account = accounts.get(accountId);
		accounts.requireCapability(account, action.needs());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int inserted = inserts.insert("""
				insert into channels_outbox (account_id, idempotency_key, action, target_external_id, body, state,
				    created_at, next_attempt_at, publish_at, sender_user_id, media_url, media_alt_text, media_video_id)
				values (:account, :key, :action, :target, :body, 'PENDING', :now, :now, :publishAt, :sender, :mediaUrl,
				    :mediaAlt, :mediaVideo)
				""", "idempotency_key", sql -> jdbc.sql(sql)
			.param("mediaUrl", media == null ? null : media.url(), java.sql.Types.VARCHAR)
			.param("mediaAlt", media == null || media.isVideo() ? null : media.altText(), java.sql.Types.VARCHAR)
			.param("mediaVideo", media == null ? null : media.videoId(), java.sql.Types.BIGINT)
			.param("account", accountId)
			.param("key", idempotencyKey)
			.param("action", action.name())
			.param("target", targetExternalId)
			.param("body", body)
			.param("now", Timestamp.from(Instant.now()))
			.param("publishAt", publishAt == null ? null : Timestamp.from(publishAt))
			.param("sender", senderUserId)
			.update(key, "id"));
		if (inserted == 0) {
			return byKey(idempotencyKey).orElseThrow().id();
		}
		long id = key.getKey().longValue();
		schedule(id, 0, Instant.now());
		return id;
	}

	/** Tries a failed delivery again, from the start of its backoff. */
	@Transactional
	public void retry(long outboxId) {
		OutboxEntry entry = get(outboxId);
		if (!OutboxStates.onlyAFailedEntryCanBeRetried(entry.state())) {
			throw new ConflictException("state", "Only a failed delivery can be retried");
		}
		// Whether its last attempt's outcome was unknown stays recorded: the retry asks the platform first.
		int retried = jdbc.sql("update channels_outbox set state = 'PENDING', next_attempt_at = :now where id = :id "
				+ "and state = 'FAILED'")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", outboxId)
			.update();
		if (retried == 0) {
			throw new ConflictException("state", "Only a failed delivery can be retried");
		}
		schedule(outboxId, entry.attempts(), Instant.now());
	}

	public OutboxEntry get(long outboxId) {
		return jdbc.sql("select * from channels_outbox where id = :id")
			.param("id", outboxId)
			.query(Outbox::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Outbox entry", outboxId));
	}

	public Optional<OutboxEntry> byKey(String idempotencyKey) {
		return jdbc.sql("select * from channels_outbox where idempotency_key = :key")
			.param("key", idempotencyKey)
			.query(Outbox::row)
			.optional();
	}

	void schedule(long outboxId, int attempt, Instant when) {
		scheduler.getObject().scheduleIfNotExists(OutboxDeliveryTask.instance(outboxId, attempt), when);
	}

	static OutboxEntry row(ResultSet rs, int n) throws SQLException {
		Timestamp next = rs.getTimestamp("next_attempt_at");
		Timestamp sent = rs.getTimestamp("sent_at");
		Timestamp publishAt = rs.getTimestamp("publish_at");
		return new OutboxEntry(rs.getLong("id"), rs.getLong("account_id"), rs.getString("idempotency_key"),
				OutboundAction.valueOf(rs.getString("action")), rs.getString("target_external_id"),
				State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
				rs.getString("last_error_code") == null ? null : DeliveryFailure.Reason.valueOf(rs.getString("last_error_code")),
				rs.getString("external_result_id"), next == null ? null : next.toInstant(),
				sent == null ? null : sent.toInstant(), publishAt == null ? null : publishAt.toInstant());
	}

	/**
	 * Retention and erasure: the text of finished deliveries goes (null); what was done, where and when stays. A
	 * failed one is cancelled with it, so nobody sends a text that is gone.
	 */
	@Transactional
	public int forget(java.util.Collection<Long> outboxIds) {
		if (outboxIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				update channels_outbox set body = null, state = case when state = 'FAILED' then 'CANCELLED' else state end
				where id in (:ids) and state in ('SENT', 'FAILED', 'CANCELLED')
				""")
			.param("ids", outboxIds)
			.update();
	}

	/**
	 * Erasure: what waits to be sent (or failed and could be sent again) is cancelled and its text removed; an
	 * attempt already under way is not stopped (it was decided before). Answers how many were cancelled.
	 */
	@Transactional
	public int cancel(java.util.Collection<Long> outboxIds) {
		if (outboxIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				update channels_outbox set state = 'CANCELLED', body = null, next_attempt_at = null
				where id in (:ids) and state in ('PENDING', 'FAILED')
				""")
			.param("ids", outboxIds)
			.update();
	}

}
