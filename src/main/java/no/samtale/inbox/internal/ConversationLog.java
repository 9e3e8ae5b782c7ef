package no.samtale.inbox.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Visibility;
import no.samtale.platform.DuplicateSafeInsert;

/** What is written in a conversation: its messages both ways and internal notes. */
@Component
class ConversationLog {

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	ConversationLog(JdbcClient jdbc, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.inserts = inserts;
	}

	record Note(long id, long authorId, String body, Instant createdAt) {
	}

	/** Stores a citizen's message once per inbound id; answers whether it was new. */
	boolean citizenMessage(long conversationId, long inboundId, Visibility visibility, String authorName,
			String externalId, String body, Instant at) {
		return inserts.insert("""
				insert into inbox_message (conversation_id, inbound_id, direction, visibility, author_name, external_id,
				    body, created_at)
				values (:conversation, :inbound, 'IN', :visibility, :author, :externalId, :body, :at)
				""", "inbound_id", sql -> jdbc.sql(sql)
			.param("conversation", conversationId)
			.param("inbound", inboundId)
			.param("visibility", visibility.name())
			.param("author", authorName)
			.param("externalId", externalId)
			.param("body", body)
			.param("at", Timestamp.from(at))
			.update()) > 0;
	}

	/**
	 * The platform edited or removed a citizen's message: the copy here follows (a no-op until it is threaded). A
	 * removed message keeps no text, only the fact that it was removed.
	 */
	void citizenMessageChanged(long inboundId, String body, boolean removed) {
		jdbc.sql("update inbox_message set body = :body, removed_on_platform = :removed where inbound_id = :inbound")
			.param("body", removed ? "" : body)
			.param("removed", removed)
			.param("inbound", inboundId)
			.update();
	}

	InboxMessage message(long conversationId, long messageId) {
		return messages(conversationId).stream()
			.filter(message -> message.id() == messageId)
			.findFirst()
			.orElseThrow(() -> new no.samtale.platform.NotFoundException("Message", messageId));
	}

	void citizenMessageHidden(long inboundId, boolean hidden) {
		jdbc.sql("update inbox_message set hidden_on_platform = :hidden where inbound_id = :inbound")
			.param("hidden", hidden)
			.param("inbound", inboundId)
			.update();
	}

	/** The conversation a citizen's message was threaded into, if it has been. */
	java.util.Optional<Long> conversationOfInbound(long inboundId) {
		return jdbc.sql("select conversation_id from inbox_message where inbound_id = :inbound")
			.param("inbound", inboundId)
			.query(Long.class)
			.optional();
	}

	/** Stores a delivered reply once; answers whether it was new. */
	boolean advisorMessage(long conversationId, long replyId, Visibility visibility, long authorId, String authorName,
			String externalId, String body, Instant at) {
		return inserts.insert("""
				insert into inbox_message (conversation_id, reply_id, direction, visibility, author_name, author_id,
				    external_id, body, created_at)
				values (:conversation, :reply, 'OUT', :visibility, :author, :authorId, :externalId, :body, :at)
				""", "reply_id", sql -> jdbc.sql(sql)
			.param("conversation", conversationId)
			.param("reply", replyId)
			.param("visibility", visibility.name())
			.param("author", authorName)
			.param("authorId", authorId)
			.param("externalId", externalId)
			.param("body", body)
			.param("at", Timestamp.from(at))
			.update()) > 0;
	}

	List<InboxMessage> messages(long conversationId) {
		return jdbc.sql("select * from inbox_message where conversation_id = :id order by created_at, id")
			.param("id", conversationId)
			.query((rs, n) -> {
				long author = rs.getLong("author_id");
				Long authorId = rs.wasNull() ? null : author;
				long reply = rs.getLong("reply_id");
				Long replyId = rs.wasNull() ? null : reply;
				long inbound = rs.getLong("inbound_id");
				Long inboundId = rs.wasNull() ? null : inbound;
				return new InboxMessage(rs.getLong("id"), rs.getLong("conversation_id"), rs.getString("direction"),
						Visibility.valueOf(rs.getString("visibility")), rs.getString("author_name"), authorId,
						rs.getString("external_id"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
						replyId, inboundId, rs.getBoolean("hidden_on_platform"), rs.getBoolean("removed_on_platform"));
			})
			.list();
	}

	long note(long conversationId, long authorId, String body) {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into inbox_note (conversation_id, author_id, body, created_at)
				values (:conversation, :author, :body, :now)
				""")
			.param("conversation", conversationId)
			.param("author", authorId)
			.param("body", body)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<Note> notes(long conversationId) {
		return jdbc.sql("select * from inbox_note where conversation_id = :id order by id")
			.param("id", conversationId)
			.query((rs, n) -> new Note(rs.getLong("id"), rs.getLong("author_id"), rs.getString("body"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

}
