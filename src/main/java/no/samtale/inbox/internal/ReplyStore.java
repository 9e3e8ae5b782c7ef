package no.samtale.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Visibility;
import no.samtale.platform.NotFoundException;

/** The inbox_reply table. */
@Component
class ReplyStore {

	private final JdbcClient jdbc;

	ReplyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long id, long conversationId, Visibility visibility, ReplyStatus status) {
		jdbc.sql("""
				insert into inbox_reply (id, conversation_id, visibility, status, created_at)
				values (:id, :conversation, :visibility, :status, :now)
				""")
			.param("id", id)
			.param("conversation", conversationId)
			.param("visibility", visibility.name())
			.param("status", status.name())
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	Reply get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Reply", id));
	}

	Optional<Reply> find(long id) {
		return jdbc.sql("select * from inbox_reply where id = :id").param("id", id).query(ReplyStore::row).optional();
	}

	Optional<Reply> byOutbox(long outboxId) {
		return jdbc.sql("select * from inbox_reply where outbox_id = :outbox")
			.param("outbox", outboxId)
			.query(ReplyStore::row)
			.optional();
	}

	List<Reply> ofConversation(long conversationId) {
		return jdbc.sql("select * from inbox_reply where conversation_id = :id order by id")
			.param("id", conversationId)
			.query(ReplyStore::row)
			.list();
	}

	List<Reply> all(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from inbox_reply where id in (:ids)").param("ids", ids).query(ReplyStore::row).list();
	}

	boolean anyAwaitingApproval(long conversationId) {
		return jdbc.sql("""
				select count(*) from inbox_reply where conversation_id = :id and status = 'AWAITING_APPROVAL'
				""")
			.param("id", conversationId)
			.query(Long.class)
			.single() > 0;
	}

	void status(long id, ReplyStatus status) {
		jdbc.sql("update inbox_reply set status = :status where id = :id")
			.param("status", status.name())
			.param("id", id)
			.update();
	}

	void queued(long id, long outboxId) {
		jdbc.sql("update inbox_reply set status = 'APPROVED', outbox_id = :outbox where id = :id")
			.param("outbox", outboxId)
			.param("id", id)
			.update();
	}

	void sent(long id, Instant at) {
		jdbc.sql("update inbox_reply set status = 'SENT', sent_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	private static Reply row(ResultSet rs, int n) throws SQLException {
		long outbox = rs.getLong("outbox_id");
		Long outboxId = rs.wasNull() ? null : outbox;
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Reply(rs.getLong("id"), rs.getLong("conversation_id"), Visibility.valueOf(rs.getString("visibility")),
				ReplyStatus.valueOf(rs.getString("status")), outboxId, rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant());
	}

}
