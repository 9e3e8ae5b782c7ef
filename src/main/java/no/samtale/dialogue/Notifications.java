package no.samtale.dialogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.internal.NotificationsCreated;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** In-app notifications: stored, listed, marked read, and pushed live to open pages after commit. */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Notifications(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public void notify(Collection<Long> userIds, NotificationKind kind, String text, Long discussionId) {
		Instant now = Instant.now();
		String subject = text.length() > 500 ? text.substring(0, 500) : text;
		for (long userId : userIds) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into dialogue_notification (user_id, kind, subject, discussion_id, created_at)
					values (:user, :kind, :text, :discussion, :now)
					""")
				.param("user", userId)
				.param("kind", kind.name())
				.param("text", subject)
				.param("discussion", discussionId)
				.param("now", Timestamp.from(now))
				.update(key, "id");
			events.publishEvent(new NotificationsCreated(userId,
					new NotificationRecord(key.getKey().longValue(), kind, subject, discussionId, now, false)));
		}
	}

	public PageResponse<NotificationRecord> of(long userId, PageQuery page) {
		long total = jdbc.sql("select count(*) from dialogue_notification where user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.single();
		List<NotificationRecord> items = jdbc.sql("""
				select * from dialogue_notification where user_id = :user
				order by created_at desc, id desc limit :limit offset :offset
				""").param("user", userId).param("limit", page.size()).param("offset", page.offset()).query((rs, row) -> {
			long discussion = rs.getLong("discussion_id");
			return new NotificationRecord(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.wasNull() ? null : discussion, rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("read_at") != null);
		}).list();
		return PageResponse.of(items, page, total);
	}

	public long unread(long userId) {
		return jdbc.sql("select count(*) from dialogue_notification where user_id = :user and read_at is null")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	@Transactional
	public void markRead(long userId, Long notificationId) {
		jdbc.sql("""
				update dialogue_notification set read_at = :now
				where user_id = :user and read_at is null and (cast(:id as bigint) is null or id = :id)
				""").param("now", Timestamp.from(Instant.now())).param("user", userId).param("id", notificationId).update();
	}

}
