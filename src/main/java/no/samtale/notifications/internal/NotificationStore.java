package no.samtale.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** The notifications table: stored once per event and person, listed, read one by one or all together. */
@Component
class NotificationStore {

	private static final int MAX_TEXT = 500;

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final NotificationStream stream;

	NotificationStore(JdbcClient jdbc, DuplicateSafeInsert inserts, NotificationStream stream) {
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
		String text = notification.text() == null || notification.text().length() <= MAX_TEXT ? notification.text()
				: notification.text().substring(0, MAX_TEXT);
		List<Notification> stored = new ArrayList<>();
		for (long recipient : recipients) {
			int inserted = inserts.insert("""
					insert into notifications_notification
					    (recipient_id, kind, event_key, subject, discussion_id, conversation_id, reply_id, idea_id, hearing_id, account_id, created_at)
					values (:recipient, :kind, :key, :text, :discussion, :conversation, :reply, :idea, :hearing, :account, :at)
					""", "recipient_id, event_key", sql -> jdbc.sql(sql)
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
				.param("at", Timestamp.from(notification.at()))
				.update());
			if (inserted == 1) {
				Notification created = jdbc
					.sql("select * from notifications_notification where recipient_id = :recipient and event_key = :key")
					.param("recipient", recipient)
					.param("key", notification.eventKey())
					.query(NotificationStore::row)
					.single();
				stored.add(created);
				stream.announce(recipient, created.id());
			}
		}
		return stored;
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
		String where = "where recipient_id = :recipient" + (unreadOnly ? " and read_at is null" : "");
		long total = jdbc.sql("select count(*) from notifications_notification " + where)
			.param("recipient", recipient)
			.query(Long.class)
			.single();
		List<Notification> items = jdbc.sql("select * from notifications_notification " + where
				+ " order by created_at desc, id desc limit :limit offset :offset")
			.param("recipient", recipient)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(NotificationStore::row)
			.list();
		return PageResponse.of(items, page, total);
	}

	long unread(long recipient) {
		return jdbc.sql("select count(*) from notifications_notification where recipient_id = :recipient and read_at is null")
			.param("recipient", recipient)
			.query(Long.class)
			.single();
	}

	/** Marks one of the recipient's notifications read; someone else's is as unknown as a missing one. */
	@Transactional
	void markRead(long recipient, long id) {
		int mine = jdbc.sql("""
				update notifications_notification set read_at = coalesce(read_at, :now)
				where id = :id and recipient_id = :recipient
				""").param("now", Timestamp.from(Instant.now())).param("id", id).param("recipient", recipient).update();
		if (mine == 0) {
			throw new NotFoundException("Notification", id);
		}
	}

	@Transactional
	int markAllRead(long recipient) {
		return jdbc.sql("""
				update notifications_notification set read_at = :now where recipient_id = :recipient and read_at is null
				""").param("now", Timestamp.from(Instant.now())).param("recipient", recipient).update();
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
				nullable(rs, "hearing_id"), nullable(rs, "account_id"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
	}

	private static Long nullable(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
