package no.samtale.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/**
 * The notifications table: stored once per event and person (or, for an anonymous asker, per event and keyed hash),
 * listed, read one by one or all together.
 */
@Component
class NotificationStore {

	private static final int MAX_TEXT = 500;

	private static final int MAX_DETAIL = 1000;

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final NotificationStream stream;

	private final AnonymousAskers askers;

	NotificationStore(JdbcClient jdbc, DuplicateSafeInsert inserts, NotificationStream stream, AnonymousAskers askers) {
		this.askers = askers;
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.stream = stream;
	}

	/**
	 * Tells each recipient once: a recipient who already has a notification for the event gets nothing new. Answers
	 * the notifications stored now; each is pushed to its recipient's open pages after commit.
	 */
	@Transactional
	List<Notification> deliver(Collection<Long> recipients, NewNotification notification) {
		List<Notification> stored = new ArrayList<>();
		for (long recipient : recipients) {
			insert("recipient_id", recipient, notification).ifPresent(created -> {
				stored.add(created);
				stream.announce(recipient, created.id());
			});
		}
		return stored;
	}

	/**
	 * Tells the asker of an anonymous nettprat question once, under the keyed hash that stands for them
	 * ({@link AnonymousAskers}); no person is named in the row. Pushed after commit to whichever open page is theirs.
	 */
	@Transactional
	Optional<Notification> deliverSealed(String askerKey, NewNotification notification) {
		Optional<Notification> created = insert("recipient_key", askerKey, notification);
		created.ifPresent(sealed -> stream.announceSealed(sealed.id()));
		return created;
	}

	private Optional<Notification> insert(String recipientColumn, Object recipient, NewNotification notification) {
		String text = notification.text() == null || notification.text().length() <= MAX_TEXT ? notification.text()
				: notification.text().substring(0, MAX_TEXT);
		String detail = notification.detail() == null || notification.detail().length() <= MAX_DETAIL
				? notification.detail() : notification.detail().substring(0, MAX_DETAIL);
		int inserted = inserts.insert("""
				insert into notifications_notification
				    (%s, kind, event_key, subject, discussion_id, conversation_id, reply_id, idea_id, hearing_id, account_id,
				     nettprat_id, detail, created_at)
				values (:recipient, :kind, :key, :text, :discussion, :conversation, :reply, :idea, :hearing, :account,
				        :nettprat, :detail, :at)
				""".formatted(recipientColumn), recipientColumn + ", event_key", sql -> jdbc.sql(sql)
			.param("recipient", recipient)
			.param("kind", notification.kind().name())
			.param("key", notification.eventKey())
			.param("text", text)
			.param("discussion", notification.discussionId())
			.param("conversation", notification.conversationId())
			.param("reply", notification.replyId())
			.param("idea", notification.ideaId())
			.param("hearing", notification.hearingId())
			.param("account", notification.accountId())
			.param("nettprat", notification.nettpratId())
			.param("detail", detail)
			.param("at", Timestamp.from(notification.at()))
			.update());
		if (inserted == 0) {
			return Optional.empty();
		}
		return Optional.of(jdbc
			.sql("select * from notifications_notification where " + recipientColumn + " = :recipient and event_key = :key")
			.param("recipient", recipient)
			.param("key", notification.eventKey())
			.query(NotificationStore::row)
			.single());
	}

	/**
	 * Where one event reached a person by two paths of different weight (the department's answer is also a new
	 * post), the weightier kind wins, whichever path came first.
	 */
	@Transactional
	void promote(long recipient, String eventKey, NotificationKind from, NotificationKind to) {
		jdbc.sql("""
				update notifications_notification set kind = :to
				where recipient_id = :recipient and event_key = :key and kind = :from
				""").param("to", to.name()).param("recipient", recipient).param("key", eventKey).param("from", from.name())
			.update();
	}

	PageResponse<Notification> of(long recipient, boolean unreadOnly, PageQuery page) {
		List<String> keys = askers.keysOf(recipient);
		String where = "where " + readers(keys) + (unreadOnly ? " and read_at is null" : "");
		long total = withReader(jdbc.sql("select count(*) from notifications_notification " + where), recipient, keys)
			.query(Long.class)
			.single();
		List<Notification> items = withReader(jdbc.sql("select * from notifications_notification " + where
				+ " order by created_at desc, id desc limit :limit offset :offset"), recipient, keys)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(NotificationStore::row)
			.list();
		return PageResponse.of(items, page, total);
	}

	long unread(long recipient) {
		List<String> keys = askers.keysOf(recipient);
		return withReader(jdbc.sql("select count(*) from notifications_notification where " + readers(keys)
				+ " and read_at is null"), recipient, keys)
			.query(Long.class)
			.single();
	}

	/** Marks one of the recipient's notifications read; someone else's is as unknown as a missing one. */
	@Transactional
	void markRead(long recipient, long id) {
		List<String> keys = askers.keysOf(recipient);
		int mine = withReader(jdbc.sql("update notifications_notification set read_at = coalesce(read_at, :now) where id = :id and "
				+ readers(keys)), recipient, keys)
			.param("now", Timestamp.from(Instant.now()))
			.param("id", id)
			.update();
		if (mine == 0) {
			throw new NotFoundException("Notification", id);
		}
	}

	@Transactional
	int markAllRead(long recipient) {
		List<String> keys = askers.keysOf(recipient);
		return withReader(jdbc.sql("update notifications_notification set read_at = :now where " + readers(keys)
				+ " and read_at is null"), recipient, keys)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	/** The reader's own rows and the sealed ones kept under their keys (in parentheses, to be and-ed with more). */
	static String readers(List<String> keys) {
		return keys.isEmpty() ? "(recipient_id = :recipient)" : "(recipient_id = :recipient or recipient_key in (:keys))";
	}

	private static JdbcClient.StatementSpec withReader(JdbcClient.StatementSpec statement, long recipient,
			List<String> keys) {
		JdbcClient.StatementSpec forReader = statement.param("recipient", recipient);
		return keys.isEmpty() ? forReader : forReader.param("keys", keys);
	}

	/** A deleted discussion takes its notifications along: they would lead nowhere. */
	@Transactional
	void forgetDiscussion(long discussionId) {
		jdbc.sql("delete from notifications_notification where discussion_id = :discussion")
			.param("discussion", discussionId)
			.update();
	}

	static Notification row(ResultSet rs, int n) throws SQLException {
		return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("subject"),
				nullable(rs, "discussion_id"), nullable(rs, "conversation_id"), nullable(rs, "reply_id"), nullable(rs, "idea_id"),
				nullable(rs, "hearing_id"), nullable(rs, "account_id"), nullable(rs, "nettprat_id"),
				rs.getString("detail"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
	}

	private static Long nullable(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
