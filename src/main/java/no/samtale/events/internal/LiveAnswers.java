package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.LiveEvents.EventRole;
import no.samtale.events.internal.LiveQuestionRows.QuestionRow;
import no.samtale.events.internal.LiveStream.Kind;
import no.samtale.events.internal.LiveViews.LiveQuestionStatus;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Votes on approved questions (one per person, counts sent on the stream in batches by {@link LiveTicks}) and the
 * answers: by a leader, by a helper typing for one (shown as such), or in writing by a question's owner; the askers of
 * the question and of those merged into it are told.
 */
@Service
class LiveAnswers {

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final LiveStream stream;

	private final LiveQuestionRows rows;

	private final PersonalDataPolicy privacy;

	private final DuplicateSafeInsert inserts;

	private final LiveTicks ticks;

	private final NettpratSearchFeed search;

	private final LiveQuestionOutcomes outcomes;

	LiveAnswers(JdbcClient jdbc, LiveEvents events, LiveStream stream, LiveQuestionRows rows, PersonalDataPolicy privacy,
			DuplicateSafeInsert inserts, LiveTicks ticks, NettpratSearchFeed search, LiveQuestionOutcomes outcomes) {
		this.search = search;
		this.outcomes = outcomes;
		this.jdbc = jdbc;
		this.events = events;
		this.stream = stream;
		this.rows = rows;
		this.privacy = privacy;
		this.inserts = inserts;
		this.ticks = ticks;
	}

	/** One vote per person, on an approved question of a nettprat that has not ended. */
	@Transactional
	int vote(long eventId, long questionId, CurrentUser user) {
		EventRow event = events.get(eventId);
		QuestionRow question = rows.find(questionId).filter(row -> row.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("Question", questionId));
		event.refuseIfCancelled();
		if (question.status() != LiveQuestionStatus.APPROVED) {
			throw new RuleViolationException("not-votable", "questionId", "Only approved, unanswered questions take votes.");
		}
		if (event.ended(Instant.now())) {
			throw new RuleViolationException("event-ended", "eventId", "The nettprat has ended; it takes no more votes.");
		}
		int added = inserts.insert("insert into events_question_vote (question_id, user_id) values (:question, :user)",
				"question_id, user_id",
				statement -> jdbc.sql(statement).param("question", questionId).param("user", user.id()).update());
		if (added == 0) {
			throw new RuleViolationException("already-voted", "questionId", "You have already voted for this question.");
		}
		int votes = rows.recount(questionId);
		ticks.votesChanged(eventId, questionId);
		return votes;
	}

	/** A leader answers, or a helper types the answer for the leader (shown as such). */
	@Transactional
	void answer(long eventId, long questionId, String body, CurrentUser user) {
		EventRow event = events.get(eventId);
		Set<EventRole> roles = events.rolesOf(eventId, user.id());
		QuestionRow question = rows.find(questionId).filter(row -> row.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("Question", questionId));
		// The owner of an unanswered question answers it in writing, after the nettprat too.
		boolean owner = user.id() == rows.ownerOf(questionId);
		if (!roles.contains(EventRole.LEADER) && !roles.contains(EventRole.HELPER) && !owner) {
			throw new ForbiddenException("Only the leaders of this nettprat, their helpers and a question's owner answer.");
		}
		event.refuseIfCancelled();
		LiveQuestionRows.requireStatus(question,
				owner ? new LiveQuestionStatus[] { LiveQuestionStatus.APPROVED, LiveQuestionStatus.PENDING }
						: new LiveQuestionStatus[] { LiveQuestionStatus.APPROVED });
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("body", "An answer needs some text.");
		}
		privacy.refuseIdentityNumbers("body", text);
		boolean answersForThemselves = roles.contains(EventRole.LEADER) || owner;
		Long leader = answersForThemselves ? user.id() : rows.firstLeader(eventId);
		Long typist = answersForThemselves ? null : user.id();
		jdbc.sql("""
				update events_question set status = 'ANSWERED', answer = :answer, answered_by = :leader, typed_by = :typist,
				  answered_at = :now where id = :id
				""")
			.param("answer", text)
			.param("leader", leader)
			.param("typist", typist)
			.param("now", Timestamp.from(Instant.now()))
			.param("id", questionId)
			.update();
		search.changed(questionId);
		stream.publish(eventId, Kind.ANSWERED, rows.publicData(questionId));
		outcomes.answered(question, user);
	}

}
