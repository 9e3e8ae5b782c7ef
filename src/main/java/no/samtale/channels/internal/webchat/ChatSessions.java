package no.samtale.channels.internal.webchat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;
import no.samtale.channels.Visibility;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.RandomTokens;

/**
 * Citizens' chat sessions. The cookie carries 256 random bits; only their SHA-256 is stored, so a database copy
 * cannot be used to take over a chat. A session idle for two hours, or ended, takes no more messages.
 */
@Component
class ChatSessions {

	static final Duration IDLE_LIMIT = Duration.ofHours(2);

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final Intake intake;

	private final ApplicationEventPublisher events;

	ChatSessions(JdbcClient jdbc, DuplicateSafeInsert inserts, Intake intake, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.intake = intake;
		this.events = events;
	}

	record Started(ChatSession session, String token) {
	}

	@Transactional
	Started start(long accountId, String displayName) {
		String token = RandomTokens.generate();
		Instant now = Instant.now();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into channels_chat_session (account_id, token_hash, display_name, started_at, last_seen_at)
				values (:account, :hash, :name, :now, :now)
				""")
			.param("account", accountId)
			.param("hash", hash(token))
			.param("name", displayName)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return new Started(new ChatSession(key.getKey().longValue(), accountId, displayName, now, now, null), token);
	}

	/** The live session this cookie names for this account, if any. */
	Optional<ChatSession> live(long accountId, String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select * from channels_chat_session where token_hash = :hash and account_id = :account")
			.param("hash", hash(token))
			.param("account", accountId)
			.query(ChatSessions::row)
			.optional()
			.filter(session -> session.endedAt() == null)
			.filter(session -> session.lastSeenAt().plus(IDLE_LIMIT).isAfter(Instant.now()));
	}

	/** Stores the citizen's message and hands it to the inbox through the intake, in one transaction. */
	@Transactional
	ChatMessage post(ChatSession session, String body) {
		Instant now = Instant.now();
		long id = insert(session.id(), true, session.displayName(), body, now, null);
		jdbc.sql("update channels_chat_session set last_seen_at = :now where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", session.id())
			.update();
		intake.receive(session.accountId(), new InboundMessage("chat-message-" + id, Visibility.PRIVATE,
				threadOf(session.id()), threadOf(session.id()), session.displayName(), body, null, null, now));
		ChatMessage message = new ChatMessage(id, ChatMessage.CITIZEN, session.displayName(), body, now);
		events.publishEvent(new ChatMessageStored(session.id(), message));
		return message;
	}

	/** Stores an advisor's answer once per idempotency key; answers whether it was new. */
	@Transactional
	boolean answer(long sessionId, String author, String body, String idempotencyKey) {
		Instant now = Instant.now();
		long id = insert(sessionId, false, author, body, now, idempotencyKey);
		if (id == 0) {
			return false;
		}
		jdbc.sql("update channels_chat_session set first_answer_at = :now where id = :id and first_answer_at is null")
			.param("now", Timestamp.from(now))
			.param("id", sessionId)
			.update();
		events.publishEvent(new ChatMessageStored(sessionId, new ChatMessage(id, ChatMessage.ADVISOR, author, body, now)));
		return true;
	}

	@Transactional
	void end(ChatSession session) {
		jdbc.sql("update channels_chat_session set ended_at = :now where id = :id and ended_at is null")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", session.id())
			.update();
	}

	List<ChatMessage> messages(long sessionId) {
		return messagesAfter(sessionId, 0);
	}

	/** The session's lines after {@code after} (a line's id), for a stream that catches up. */
	List<ChatMessage> messagesAfter(long sessionId, long after) {
		return jdbc.sql("select * from channels_chat_message where session_id = :session and id > :after order by id")
			.param("session", sessionId)
			.param("after", after)
			.query((rs, n) -> new ChatMessage(rs.getLong("id"),
					rs.getBoolean("from_citizen") ? ChatMessage.CITIZEN : ChatMessage.ADVISOR, rs.getString("author"),
					rs.getString("body"), rs.getTimestamp("sent_at").toInstant()))
			.list();
	}

	boolean exists(long sessionId) {
		return jdbc.sql("select count(*) from channels_chat_session where id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single() > 0;
	}

	static String threadOf(long sessionId) {
		return "chat-" + sessionId;
	}

	static Optional<Long> sessionOfThread(String thread) {
		if (thread == null || !thread.startsWith("chat-")) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(thread.substring(5)));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private long insert(long sessionId, boolean fromCitizen, String author, String body, Instant now, String key) {
		GeneratedKeyHolder generated = new GeneratedKeyHolder();
		int inserted = inserts.insert("""
				insert into channels_chat_message (session_id, from_citizen, author, body, sent_at, idempotency_key)
				values (:session, :fromCitizen, :author, :body, :now, :key)
				""", "idempotency_key", sql -> jdbc.sql(sql)
			.param("session", sessionId)
			.param("fromCitizen", fromCitizen)
			.param("author", author)
			.param("body", body)
			.param("now", Timestamp.from(now))
			.param("key", key)
			.update(generated, "id"));
		return inserted == 0 ? 0 : generated.getKey().longValue();
	}

	private static ChatSession row(ResultSet rs, int n) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new ChatSession(rs.getLong("id"), rs.getLong("account_id"), rs.getString("display_name"),
				rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant(),
				ended == null ? null : ended.toInstant());
	}

	private static String hash(String token) {
		return RandomTokens.sha256(token);
	}

}
