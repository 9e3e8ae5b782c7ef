package no.samtale.analytics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.DiscussionStarted;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessagePosted;
import no.samtale.forum.AnswerVerified;
import no.samtale.forum.EscalationAnswered;
import no.samtale.forum.EscalationRaised;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * Counts the forum's events into its figures (and says so to {@link ForumFactsVersion}), each at most once (the event's key is claimed in the same transaction,
 * see {@link AccountDayStore#claim}). A message has no time of its own in its event: the listener runs within a
 * second of the post, so the time it runs is the post's time to the minute.
 */
@Component
class ForumCounting {

	private final JdbcClient jdbc;

	private final AccountDayStore claims;

	private final DuplicateSafeInsert inserts;

	private final ForumFactsVersion version;

	ForumCounting(JdbcClient jdbc, AccountDayStore claims, DuplicateSafeInsert inserts, ForumFactsVersion version) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.inserts = inserts;
		this.version = version;
	}

	/** A public post: the space's day, the author's month and, when someone else answers a question, its first answer. */
	@Transactional
	void count(MessagePosted posted) {
		if (posted.kind() != MessageKind.POST || !claims.claim("forum-post:" + posted.messageId())) {
			return;
		}
		version.changed();
		Instant now = Instant.now();
		LocalDate day = Oslo.dayOf(now);
		addPost(posted.spaceId(), day, posted.authorId());
		jdbc.sql("""
				update analytics_forum_question set first_answer_at = :now
				where discussion_id = :discussion and asker_id <> :author and first_answer_at is null
				""")
			.param("now", Timestamp.from(now))
			.param("discussion", posted.discussionId())
			.param("author", posted.authorId())
			.update();
	}

	@Transactional
	void count(DiscussionStarted started) {
		if (!started.question()) {
			return;
		}
		version.changed();
		Instant now = Instant.now();
		inserts.insert("""
				insert into analytics_forum_question (discussion_id, space_id, asker_id, asked_at, asked_month)
				values (:discussion, :space, :asker, :at, :month)
				""", "discussion_id", sql -> jdbc.sql(sql)
			.param("discussion", started.discussionId())
			.param("space", started.spaceId())
			.param("asker", started.authorId())
			.param("at", Timestamp.from(now))
			.param("month", Date.valueOf(Oslo.dayOf(now).withDayOfMonth(1)))
			.update());
	}

	/** The first verification counts; clearing and verifying again does not move it. */
	@Transactional
	void count(AnswerVerified verified) {
		version.changed();
		jdbc.sql("update analytics_forum_question set verified_at = :at where discussion_id = :discussion"
				+ " and verified_at is null")
			.param("at", Timestamp.from(verified.at()))
			.param("discussion", verified.discussionId())
			.update();
	}

	@Transactional
	void count(EscalationRaised raised) {
		version.changed();
		inserts.insert("""
				insert into analytics_forum_escalation (escalation_id, space_id, raised_at, deadline)
				values (:id, :space, :at, :deadline)
				""", "escalation_id", sql -> jdbc.sql(sql)
			.param("id", raised.escalationId())
			.param("space", raised.spaceId())
			.param("at", Timestamp.from(raised.at()))
			.param("deadline", raised.deadline() == null ? null : Date.valueOf(raised.deadline()), java.sql.Types.DATE)
			.update());
	}

	@Transactional
	void count(EscalationAnswered answered) {
		version.changed();
		jdbc.sql("update analytics_forum_escalation set answered_at = :at where escalation_id = :id"
				+ " and answered_at is null")
			.param("at", Timestamp.from(answered.at()))
			.param("id", answered.escalationId())
			.update();
	}

	private void addPost(long spaceId, LocalDate day, long authorId) {
		inserts.insert("insert into analytics_forum_day (space_id, metric_day) values (:space, :day)",
				"space_id, metric_day", sql -> jdbc.sql(sql)
					.param("space", spaceId)
					.param("day", Date.valueOf(day))
					.update());
		jdbc.sql("update analytics_forum_day set posts = posts + 1 where space_id = :space and metric_day = :day")
			.param("space", spaceId)
			.param("day", Date.valueOf(day))
			.update();
		Date month = Date.valueOf(day.withDayOfMonth(1));
		inserts.insert("""
				insert into analytics_forum_poster (space_id, metric_month, author_id) values (:space, :month, :author)
				""", "space_id, metric_month, author_id", sql -> jdbc.sql(sql)
			.param("space", spaceId)
			.param("month", month)
			.param("author", authorId)
			.update());
		jdbc.sql("""
				update analytics_forum_poster set posts = posts + 1
				where space_id = :space and metric_month = :month and author_id = :author
				""")
			.param("space", spaceId)
			.param("month", month)
			.param("author", authorId)
			.update();
	}

}
