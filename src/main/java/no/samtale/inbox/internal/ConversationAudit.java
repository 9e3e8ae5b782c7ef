package no.samtale.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Visibility;
import no.samtale.inbox.ConversationStatus;

/** A conversation's log: who did what when, as facts the client words for the reader. */
@Component
class ConversationAudit {

	private static final int MAX_ERROR = 1000;

	private final JdbcClient jdbc;

	ConversationAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One entry of the log; {@code actorId} null is Samtale itself or the platform. */
	record Entry(long id, Long actorId, AuditAction action, AuditFacts facts, Instant at) {
	}

	void record(long conversationId, Long actorId, AuditAction action, AuditFacts facts) {
		String error = facts.error() == null || facts.error().length() <= MAX_ERROR ? facts.error()
				: facts.error().substring(0, MAX_ERROR);
		jdbc.sql("""
				insert into inbox_audit (conversation_id, actor_id, action, reply_id, visibility, from_status, to_status,
				    user_id, note_id, labels, attempt, error, acted_at)
				values (:conversation, :actor, :action, :reply, :visibility, :from, :to, :user, :note, :labels, :attempt,
				    :error, :now)
				""")
			.param("conversation", conversationId)
			.param("actor", actorId, Types.BIGINT)
			.param("action", action.name())
			.param("reply", facts.replyId(), Types.BIGINT)
			.param("visibility", facts.visibility() == null ? null : facts.visibility().name(), Types.VARCHAR)
			.param("from", facts.fromStatus() == null ? null : facts.fromStatus().name(), Types.VARCHAR)
			.param("to", facts.toStatus() == null ? null : facts.toStatus().name(), Types.VARCHAR)
			.param("user", facts.userId(), Types.BIGINT)
			.param("note", facts.noteId(), Types.BIGINT)
			.param("labels", facts.labels() == null ? null : String.join(",", facts.labels()), Types.VARCHAR)
			.param("attempt", facts.attempt(), Types.INTEGER)
			.param("error", error, Types.VARCHAR)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	List<Entry> trail(long conversationId) {
		return jdbc.sql("select * from inbox_audit where conversation_id = :id order by id")
			.param("id", conversationId)
			.query(ConversationAudit::row)
			.list();
	}

	private static Entry row(ResultSet rs, int n) throws SQLException {
		String labels = rs.getString("labels");
		AuditFacts facts = new AuditFacts(longOrNull(rs, "reply_id"), rs.getString("visibility") == null ? null
				: Visibility.valueOf(rs.getString("visibility")), status(rs.getString("from_status")),
				status(rs.getString("to_status")), longOrNull(rs, "user_id"), longOrNull(rs, "note_id"),
				labels == null ? null : labels.isEmpty() ? List.of() : Arrays.asList(labels.split(",")),
				rs.getObject("attempt") == null ? null : rs.getInt("attempt"), rs.getString("error"));
		return new Entry(rs.getLong("id"), longOrNull(rs, "actor_id"), AuditAction.valueOf(rs.getString("action")),
				facts, rs.getTimestamp("acted_at").toInstant());
	}

	private static ConversationStatus status(String value) {
		return value == null ? null : ConversationStatus.valueOf(value);
	}

	private static Long longOrNull(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
