package no.samtale.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Inbound;
import no.samtale.channels.Visibility;
import no.samtale.inbox.ConversationStatus;
import no.samtale.platform.ConflictException;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.NotFoundException;

/**
 * The conversations table: finding one, opening it, and the updates that move it. Every status change writes the
 * value {@link ConversationFlow} computed, guarded by the status it was computed from, so a change made meanwhile is
 * never overwritten.
 */
@Component
class ConversationStore {

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	ConversationStore(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	Conversation get(long id) {
		return jdbc.sql("select * from inbox_conversation where id = :id")
			.param("id", id)
			.query(ConversationStore::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Conversation", id));
	}

	Conversation lock(long id) {
		return jdbc.sql("select * from inbox_conversation where id = :id for update")
			.param("id", id)
			.query(ConversationStore::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Conversation", id));
	}

	/** The conversation this inbound message belongs to, opened if it is the first of its thread, and locked. */
	Conversation threadOf(Inbound inbound, long teamId) {
		Timestamp now = Timestamp.from(Instant.now());
		inserts.insert("""
				insert into inbox_conversation (account_id, team_id, kind, thread_key, status, subject,
				    correspondent_name, correspondent_external_id, context_external_id, context_body, opened_at,
				    waiting_since, last_inbound_at, last_activity_at)
				values (:account, :team, :kind, :thread, :status, :subject, :name, :author, :contextId, :contextBody,
				    :now, :now, :now, :now)
				""", "account_id, kind, thread_key", sql -> jdbc.sql(sql)
			.param("account", inbound.accountId())
			.param("team", teamId)
			.param("kind", inbound.kind().name())
			.param("thread", inbound.threadExternalId())
			.param("status", ConversationStatus.NEW.name())
			.param("subject", subjectOf(inbound.body()), Types.VARCHAR)
			.param("name", inbound.authorName())
			.param("author", inbound.authorExternalId())
			.param("contextId", inbound.contextExternalId())
			.param("contextBody", inbound.contextBody())
			.param("now", now)
			.update());
		return jdbc.sql("""
				select * from inbox_conversation
				where account_id = :account and kind = :kind and thread_key = :thread
				for update
				""")
			.param("account", inbound.accountId())
			.param("kind", inbound.kind().name())
			.param("thread", inbound.threadExternalId())
			.query(ConversationStore::row)
			.single();
	}

	/**
	 * A citizen wrote: counted, the status moved to {@code to}, and the clock restarted if they wait again after an
	 * answer.
	 */
	void citizenWrote(Conversation conversation, Instant at, ConversationStatus to) {
		boolean waitsAgain = conversation.status() != to;
		guarded(conversation.id(), jdbc.sql("""
				update inbox_conversation set message_count = message_count + 1, last_inbound_at = :at,
				    last_activity_at = :at, waiting_since = :waitingSince, closed_at = null, status = :to
				where id = :id and status = :from
				""")
			.param("at", Timestamp.from(at))
			.param("waitingSince", Timestamp.from(waitsAgain ? at : conversation.waitingSince()))
			.param("to", to.name())
			.param("from", conversation.status().name())
			.param("id", conversation.id())
			.update());
	}

	/** A reply was delivered: counted, the first response timed, the status moved to {@code to}. */
	void advisorAnswered(Conversation conversation, Instant at, ConversationStatus to) {
		guarded(conversation.id(), jdbc.sql("""
				update inbox_conversation set message_count = message_count + 1, last_activity_at = :at,
				    first_response_at = coalesce(first_response_at, :at), status = :to
				where id = :id and status = :from
				""")
			.param("at", Timestamp.from(at))
			.param("to", to.name())
			.param("from", conversation.status().name())
			.param("id", conversation.id())
			.update());
	}

	/** Moves the status from what it was read as to {@code to}; closing stamps the time, anything else clears it. */
	void move(Conversation conversation, ConversationStatus to) {
		Instant now = Instant.now();
		guarded(conversation.id(), jdbc.sql("""
				update inbox_conversation set status = :to, last_activity_at = :now, closed_at = :closedAt
				where id = :id and status = :from
				""")
			.param("to", to.name())
			.param("now", Timestamp.from(now))
			.param("closedAt", to == ConversationStatus.CLOSED ? Timestamp.from(now) : null, Types.TIMESTAMP)
			.param("from", conversation.status().name())
			.param("id", conversation.id())
			.update());
	}

	void assign(long id, Long assigneeId) {
		jdbc.sql("update inbox_conversation set assignee_id = :assignee where id = :id")
			.param("assignee", assigneeId)
			.param("id", id)
			.update();
	}

	/**
	 * A conversation is named by its thread's opening message, or, while that is not here (a comment's replies whose
	 * comment Samtale never got), by the earliest message received. Messages are threaded out of order (listeners run
	 * in parallel, a poll hands over a comment with its replies, a platform redelivers), so each newly threaded or
	 * edited message asks whether it is the naming one, and if so names the conversation: the name never depends on
	 * which message happened to be threaded first.
	 */
	void namedIfNaming(long id, long inboundId, String body) {
		jdbc.sql("""
				update inbox_conversation set subject = :subject
				where id = :id and :inbound = (
				    select m.inbound_id from inbox_message m
				    where m.conversation_id = :id and m.direction = 'IN'
				    order by case when m.external_id = inbox_conversation.thread_key then 0 else 1 end, m.created_at,
				        m.inbound_id
				    fetch first 1 rows only)
				""")
			.param("subject", subjectOf(body), Types.VARCHAR)
			.param("id", id)
			.param("inbound", inboundId)
			.update();
	}

	/** Flags a conversation as holding an identity number; answers whether it was not flagged before. */
	boolean flagPersonalData(long id) {
		return jdbc.sql("update inbox_conversation set personal_data = true where id = :id and personal_data = false")
			.param("id", id)
			.update() == 1;
	}

	Optional<String> latestInboundExternalId(long conversationId) {
		return jdbc.sql("""
				select external_id from inbox_message where conversation_id = :id and direction = 'IN'
				order by id desc fetch first 1 rows only
				""")
			.param("id", conversationId)
			.query(String.class)
			.optional();
	}

	/** The first words of a message, or null when it has no text (removed on its platform). */
	static String subjectOf(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		String flat = body.strip().replaceAll("\\s+", " ");
		return flat.length() <= 120 ? flat : flat.substring(0, 117).stripTrailing() + "…";
	}

	/** Callers read the conversation locked, so a guard that fails means a bug, not a race: nothing is written. */
	private static void guarded(long id, int updated) {
		if (updated != 1) {
			throw new ConflictException("status", "Conversation " + id + " changed meanwhile; nothing was changed");
		}
	}

	static Conversation row(ResultSet rs, int n) throws SQLException {
		long assignee = rs.getLong("assignee_id");
		Long assigneeId = rs.wasNull() ? null : assignee;
		return new Conversation(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("team_id"),
				Visibility.valueOf(rs.getString("kind")), rs.getString("thread_key"),
				ConversationStatus.valueOf(rs.getString("status")), rs.getString("subject"),
				rs.getString("correspondent_name"), rs.getString("correspondent_external_id"),
				rs.getString("context_external_id"), rs.getString("context_body"), assigneeId,
				rs.getInt("message_count"), instant(rs, "opened_at"), instant(rs, "waiting_since"),
				instant(rs, "last_inbound_at"), instant(rs, "last_activity_at"), instant(rs, "first_response_at"),
				instant(rs, "closed_at"), rs.getBoolean("personal_data"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
