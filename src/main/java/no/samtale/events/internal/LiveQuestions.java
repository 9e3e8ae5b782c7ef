package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.LiveViews.LiveQuestionStatus;
import no.samtale.events.internal.LiveViews.MyLiveQuestion;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Asking a nettprat question, by name or anonymously (an anonymous one keeps only its asker's keyed hash), and the
 * asker's own view of their questions in every state. The queue is {@link LiveQueue}, moderation
 * {@link LiveModeration}, votes and answers {@link LiveAnswers}.
 */
@Service
class LiveQuestions {

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final LiveQuestionRows rows;

	private final AskerKeys askerKeys;

	private final PersonalDataPolicy privacy;

	private final Users users;

	LiveQuestions(JdbcClient jdbc, LiveEvents events, LiveQuestionRows rows, AskerKeys askerKeys,
			PersonalDataPolicy privacy, Users users) {
		this.jdbc = jdbc;
		this.events = events;
		this.rows = rows;
		this.askerKeys = askerKeys;
		this.privacy = privacy;
		this.users = users;
	}

	/** A question before or during the nettprat; an anonymous one keeps only its asker's keyed hash. */
	@Transactional
	long ask(long eventId, String text, boolean anonymous, CurrentUser user) {
		EventRow event = events.get(eventId);
		String body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new InvalidInputException("text", "A question needs some text.");
		}
		if (body.length() > 1000) {
			throw new InvalidInputException("text", "A question is at most 1000 characters.");
		}
		privacy.refuseIdentityNumbers("text", body);
		event.refuseIfCancelled();
		if (event.ended(Instant.now())) {
			throw new RuleViolationException("event-ended", "eventId", "The nettprat has ended; it takes no more questions.");
		}
		return insert(eventId, body, anonymous, user.id(), LiveQuestionStatus.PENDING, Instant.now());
	}

	/** Writes a question as it stands; the demo uses it for questions in every state. */
	long insert(long eventId, String body, boolean anonymous, long askerId, LiveQuestionStatus status, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into events_question (event_id, body, asker_id, asker_key, status, votes, created_at)
				values (:event, :body, :asker, :key, :status, 0, :now)
				""")
			.param("event", eventId)
			.param("body", body)
			.param("asker", anonymous ? null : askerId)
			.param("key", anonymous ? askerKeys.of(eventId, askerId) : null)
			.param("status", status.name())
			.param("now", Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** The caller's own questions in every state, newest first; anonymous ones found by their keyed hash. */
	@Transactional(readOnly = true)
	List<MyLiveQuestion> mine(long eventId, CurrentUser user) {
		events.get(eventId);
		return jdbc.sql("""
				select q.*, m.body as merged_body from events_question q
				left join events_question m on m.id = q.merged_into
				where q.event_id = :event and (q.asker_id = :user or q.asker_key = :key)
				order by q.id desc
				""")
			.param("event", eventId)
			.param("user", user.id())
			.param("key", askerKeys.of(eventId, user.id()))
			.query((rs, row) -> new MyLiveQuestion(rs.getLong("id"), rs.getString("body"), rs.getString("asker_key") != null,
					LiveQuestionStatus.valueOf(rs.getString("status")), rs.getInt("votes"), rs.getString("decline_reason"),
					LiveEvents.nullableLong(rs, "merged_into"), rs.getString("merged_body"), rs.getString("answer"),
					rs.getTimestamp("created_at").toInstant(), null, rs.getObject("due_on", java.time.LocalDate.class)))
			.list()
			.stream()
			.map(this::withOwner)
			.toList();
	}

	private MyLiveQuestion withOwner(MyLiveQuestion question) {
		long owner = rows.ownerOf(question.id());
		if (owner < 0) {
			return question;
		}
		return new MyLiveQuestion(question.id(), question.text(), question.anonymous(), question.status(), question.votes(),
				question.declineReason(), question.mergedIntoId(), question.mergedIntoText(), question.answer(),
				question.askedAt(), users.people(List.of(owner)).get(owner), question.dueOn());
	}

}
