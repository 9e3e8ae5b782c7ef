package no.samtale.inbox.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.platform.DuplicateSafeInsert;

/**
 * Who else has a conversation open, kept in the database so that every node agrees: the conversation page sends a
 * heartbeat (and whether its reply box holds a draft), and a heartbeat older than {@link #EXPIRES} means gone.
 */
@Component
class Presence {

	/** A page sends a heartbeat every 20 seconds; three missed ones and the person has left. */
	static final Duration EXPIRES = Duration.ofMinutes(1);

	/** Someone else on the conversation, as their last heartbeat said. */
	record Here(long userId, boolean writing, Instant seenAt) {
	}

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	Presence(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	void heartbeat(long conversationId, long userId, boolean writing, Instant now) {
		int updated = jdbc.sql("""
				update inbox_presence set writing = :writing, seen_at = :now
				where conversation_id = :conversation and user_id = :user
				""").param("writing", writing).param("now", Timestamp.from(now))
			.param("conversation", conversationId).param("user", userId).update();
		if (updated == 0) {
			inserts.insert("""
					insert into inbox_presence (conversation_id, user_id, writing, seen_at)
					values (:conversation, :user, :writing, :now)
					""", "conversation_id, user_id", sql -> jdbc.sql(sql).param("writing", writing)
				.param("now", Timestamp.from(now)).param("conversation", conversationId).param("user", userId).update());
		}
		// Old heartbeats are of no use to anyone; each heartbeat sweeps a few, so the table stays small.
		jdbc.sql("delete from inbox_presence where seen_at < :old")
			.param("old", Timestamp.from(now.minus(EXPIRES.multipliedBy(10))))
			.update();
	}

	void leave(long conversationId, long userId) {
		jdbc.sql("delete from inbox_presence where conversation_id = :conversation and user_id = :user")
			.param("conversation", conversationId).param("user", userId).update();
	}

	/** The others whose heartbeat is fresh, longest there first. */
	List<Here> othersHere(long conversationId, long userId, Instant now) {
		return jdbc.sql("""
				select user_id, writing, seen_at from inbox_presence
				where conversation_id = :conversation and user_id <> :user and seen_at > :fresh
				order by user_id
				""").param("conversation", conversationId).param("user", userId)
			.param("fresh", Timestamp.from(now.minus(EXPIRES)))
			.query((rs, n) -> new Here(rs.getLong("user_id"), rs.getBoolean("writing"), rs.getTimestamp("seen_at").toInstant()))
			.list();
	}

	/** Replies to this conversation waiting for approval that another person wrote (not Samtale's own proposals). */
	boolean anotherReplyWaits(long conversationId, long userId) {
		return jdbc.sql("""
				select count(*) from inbox_reply r join approval_request a on a.id = r.approval_id
				where r.conversation_id = :conversation and r.status = 'AWAITING_APPROVAL'
				    and a.author_id <> :user and a.author_id <> :system
				""").param("conversation", conversationId).param("user", userId)
			.param("system", ReplyWorkflow.SYSTEM_AUTHOR).query(Long.class).single() > 0;
	}

	/**
	 * Two advisors must not answer one citizen with two replies by accident: a reply drafted while another person's
	 * reply waits for approval, or while another person is writing one, needs the author to confirm they saw it.
	 */
	static boolean aSecondReplyNeedsConfirmation(boolean othersWriting, boolean anotherReplyWaits, boolean acknowledged) {
		return (othersWriting || anotherReplyWaits) && !acknowledged;
	}

}
