package no.samtale.channels.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Accounts;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.OutboundMedia;
import no.samtale.channels.OutboxEntry.State;

/**
 * The outbox rows as the worker moves them, by the rules of {@link OutboxStates}: each write is guarded by the state
 * it expects. Each method runs in the caller's transaction.
 */
@Component
class OutboxAttempts {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	OutboxAttempts(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** What claiming an entry for an attempt found. */
	sealed interface Claim {
	}

	/** Nothing to do: the entry is gone, sent, or failed for good. */
	record Nothing() implements Claim {
	}

	/** An interrupted attempt's call may still be under way; look again after {@code after}. */
	record TooEarly(Instant after, int attempts) implements Claim {
	}

	/**
	 * This attempt's: the delivery, its number, whether an earlier attempt's outcome is unknown (then the platform is
	 * asked first), and when the entry was created (no attempt is older).
	 */
	record Claimed(OutboundDelivery delivery, int attempts, boolean outcomeUnknown, Instant createdAt) implements Claim {
	}

	private record Row(long accountId, State state, int attempts, OutboundAction action, String target, String body,
			String idempotencyKey, Instant publishAt, Instant createdAt, Instant attemptStartedAt,
			boolean outcomeUnknown, Long senderUserId, OutboundMedia media) {
	}

	private static OutboundMedia media(String url, String altText, Long videoId) {
		if (videoId != null) {
			return OutboundMedia.video(videoId);
		}
		return url == null ? null : new OutboundMedia(url, altText == null ? "" : altText);
	}

	/** Marks the entry in flight for a new attempt, recorded (committed by the caller) before the platform is called. */
	Claim claim(long outboxId, Instant now) {
		Row row = jdbc.sql("select * from channels_outbox where id = :id for update")
			.param("id", outboxId)
			.query((rs, n) -> new Row(rs.getLong("account_id"), State.valueOf(rs.getString("state")),
					rs.getInt("attempts"), OutboundAction.valueOf(rs.getString("action")),
					rs.getString("target_external_id"), rs.getString("body"), rs.getString("idempotency_key"),
					instant(rs.getTimestamp("publish_at")), instant(rs.getTimestamp("created_at")),
					instant(rs.getTimestamp("attempt_started_at")), rs.getBoolean("outcome_unknown"),
					rs.getObject("sender_user_id", Long.class), media(rs.getString("media_url"),
							rs.getString("media_alt_text"), rs.getObject("media_video_id", Long.class))))
			.optional()
			.orElse(null);
		if (row == null || OutboxStates.aFinishedEntryIsNeverSentAgain(row.state())) {
			return new Nothing();
		}
		if (row.state() == State.IN_FLIGHT && row.attemptStartedAt() != null) {
			Instant after = OutboxStates.anInterruptedAttemptIsLookedUpAfter(row.attemptStartedAt());
			if (now.isBefore(after)) {
				return new TooEarly(after, row.attempts());
			}
		}
		boolean unknown = OutboxStates.theOutcomeIsUnknown(row.state(), row.outcomeUnknown());
		int attempts = row.attempts() + 1;
		int claimed = jdbc.sql("""
				update channels_outbox set state = 'IN_FLIGHT', attempts = :attempts, attempt_started_at = :now,
				    outcome_unknown = :unknown
				where id = :id and state = :expected
				""")
			.param("attempts", attempts)
			.param("now", Timestamp.from(now))
			.param("unknown", unknown)
			.param("id", outboxId)
			.param("expected", row.state().name())
			.update();
		if (claimed == 0) {
			return new Nothing();
		}
		return new Claimed(new OutboundDelivery(outboxId, accounts.get(row.accountId()), row.action(), row.target(),
				row.body(), row.idempotencyKey(), row.publishAt(), row.senderUserId(), row.media()), attempts, unknown,
				row.createdAt());
	}

	/** The attempt reached the platform; answers false when another attempt had already recorded the entry. */
	boolean sent(long outboxId, String externalId, Instant now) {
		return jdbc.sql("""
				update channels_outbox set state = 'SENT', sent_at = :now, external_result_id = :externalId,
				    last_error = null, last_error_code = null, next_attempt_at = null, outcome_unknown = false
				where id = :id and state = 'IN_FLIGHT'
				""")
			.param("now", Timestamp.from(now))
			.param("externalId", externalId)
			.param("id", outboxId)
			.update() > 0;
	}

	/** The attempt failed; {@code next} is when to try again (null when the entry failed for good). */
	boolean failed(long outboxId, State state, DeliveryFailure.Reason reason, String error, Instant next,
			boolean outcomeUnknown) {
		return jdbc.sql("""
				update channels_outbox set state = :state, last_error = :error, last_error_code = :code, next_attempt_at = :next,
				    outcome_unknown = :unknown
				where id = :id and state = 'IN_FLIGHT'
				""")
			.param("state", state.name())
			.param("error", error)
			.param("code", reason.name())
			.param("next", next == null ? null : Timestamp.from(next), java.sql.Types.TIMESTAMP)
			.param("unknown", outcomeUnknown)
			.param("id", outboxId)
			.update() > 0;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
