package no.samtale.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

	/** Stores a new reply under review {@code approvalId}; answers its id. */
	long insert(long approvalId, long conversationId, Visibility visibility, ReplyStatus status, String body) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into inbox_reply (approval_id, conversation_id, visibility, status, body, created_at)
				values (:approval, :conversation, :visibility, :status, :body, :now)
				""")
			.param("approval", approvalId)
			.param("conversation", conversationId)
			.param("visibility", visibility.name())
			.param("status", status.name())
			.param("body", body)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
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

	/** The replies under these approval requests. */
	List<Reply> underReview(Collection<Long> approvalIds) {
		if (approvalIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from inbox_reply where approval_id in (:ids)")
			.param("ids", approvalIds)
			.query(ReplyStore::row)
			.list();
	}

	boolean anyAwaitingApproval(long conversationId) {
		return jdbc.sql("""
				select count(*) from inbox_reply where conversation_id = :id and status = 'AWAITING_APPROVAL'
				""")
			.param("id", conversationId)
			.query(Long.class)
			.single() > 0;
	}

	/** Moves a reply on, guarded: answers false when it was no longer in {@code from} (someone was quicker). */
	boolean move(long id, ReplyStatus from, ReplyStatus to) {
		return jdbc.sql("update inbox_reply set status = :to where id = :id and status = :from")
			.param("to", to.name())
			.param("from", from.name())
			.param("id", id)
			.update() == 1;
	}

	/** The wording changed (the author reworded it, or an approver edited it). */
	void body(long id, String body) {
		jdbc.sql("update inbox_reply set body = :body where id = :id").param("body", body).param("id", id).update();
	}

	/** An approved reply is queued in the outbox, guarded like {@link #move}. */
	boolean queued(long id, ReplyStatus from, ReplyStatus to, long outboxId) {
		return jdbc.sql("""
				update inbox_reply set status = :to, outbox_id = :outbox where id = :id and status = :from
				""")
			.param("to", to.name())
			.param("from", from.name())
			.param("outbox", outboxId)
			.param("id", id)
			.update() == 1;
	}

	/** A queued reply was delivered, guarded like {@link #move}. */
	boolean sent(long id, ReplyStatus from, ReplyStatus to, Instant at) {
		return jdbc.sql("update inbox_reply set status = :to, sent_at = :at where id = :id and status = :from")
			.param("to", to.name())
			.param("from", from.name())
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	private static Reply row(ResultSet rs, int n) throws SQLException {
		long outbox = rs.getLong("outbox_id");
		Long outboxId = rs.wasNull() ? null : outbox;
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Reply(rs.getLong("id"), rs.getLong("approval_id"), rs.getLong("conversation_id"),
				Visibility.valueOf(rs.getString("visibility")), ReplyStatus.valueOf(rs.getString("status")),
				rs.getString("body"), outboxId, rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant());
	}

}
