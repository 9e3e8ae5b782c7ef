package no.samtale.events.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.LiveQuestionRows.QuestionRow;
import no.samtale.events.internal.LiveStream.Kind;
import no.samtale.events.internal.LiveViews.LiveQuestionStatus;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;

/**
 * What a nettprat's own moderators do with a question: approve it, decline it with a reason the asker sees, or merge
 * it into a like one with its votes following. What readers may see of each goes out on the live stream; the asker
 * of a question declined or merged is told ({@link LiveQuestionOutcomes}).
 */
@Service
class LiveModeration {

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final LiveStream stream;

	private final LiveQuestionRows rows;

	private final LiveTicks ticks;

	private final LiveQuestionOutcomes outcomes;

	LiveModeration(JdbcClient jdbc, LiveEvents events, LiveStream stream, LiveQuestionRows rows, LiveTicks ticks,
			LiveQuestionOutcomes outcomes) {
		this.ticks = ticks;
		this.outcomes = outcomes;
		this.jdbc = jdbc;
		this.events = events;
		this.stream = stream;
		this.rows = rows;
	}

	@Transactional
	void approve(long eventId, long questionId, CurrentUser user) {
		QuestionRow question = moderated(eventId, questionId, user);
		LiveQuestionRows.requireStatus(question, LiveQuestionStatus.PENDING);
		rows.setStatus(question.id(), LiveQuestionStatus.APPROVED);
		// Out with the nettprat's other approvals at the next tick, so a burst is one event to each page.
		ticks.approved(eventId, question.id());
	}

	@Transactional
	void decline(long eventId, long questionId, String reason, CurrentUser user) {
		QuestionRow question = moderated(eventId, questionId, user);
		LiveQuestionRows.requireStatus(question, LiveQuestionStatus.PENDING, LiveQuestionStatus.APPROVED);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why the question is declined; the asker sees it.");
		}
		jdbc.sql("update events_question set status = 'DECLINED', decline_reason = :reason where id = :id")
			.param("reason", reason.strip())
			.param("id", questionId)
			.update();
		if (question.status() == LiveQuestionStatus.APPROVED) {
			stream.publish(eventId, Kind.REMOVED, Map.of("questionId", questionId));
		}
		outcomes.declined(question, user);
	}

	/** Merges a question into a like one of the same nettprat; its voters' votes follow, each counted once. */
	@Transactional
	void merge(long eventId, long questionId, long intoId, CurrentUser user) {
		QuestionRow question = moderated(eventId, questionId, user);
		if (intoId == questionId) {
			throw new InvalidInputException("intoId", "A question cannot be merged into itself.");
		}
		LiveQuestionRows.requireStatus(question, LiveQuestionStatus.PENDING, LiveQuestionStatus.APPROVED);
		QuestionRow into = rows.find(intoId).filter(row -> row.eventId() == eventId)
			.orElseThrow(() -> new InvalidInputException("intoId", "Merge into a question of the same nettprat."));
		if (into.status() == LiveQuestionStatus.MERGED || into.status() == LiveQuestionStatus.DECLINED) {
			throw new RuleViolationException("question-state", "intoId",
					"Merge into a question that is pending, approved or answered.");
		}
		jdbc.sql("""
				insert into events_question_vote (question_id, user_id)
				select :into, v.user_id from events_question_vote v
				where v.question_id = :from
				  and not exists (select 1 from events_question_vote w where w.question_id = :into and w.user_id = v.user_id)
				""").param("into", intoId).param("from", questionId).update();
		jdbc.sql("delete from events_question_vote where question_id = :from").param("from", questionId).update();
		jdbc.sql("update events_question set status = 'MERGED', merged_into = :into, votes = 0 where id = :id")
			.param("into", intoId)
			.param("id", questionId)
			.update();
		int votes = rows.recount(intoId);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("questionId", questionId);
		data.put("intoId", intoId);
		data.put("votes", votes);
		if (question.status() == LiveQuestionStatus.APPROVED || into.status() != LiveQuestionStatus.PENDING) {
			stream.publish(eventId, Kind.MERGED, data);
		}
		outcomes.merged(question, user);
	}

	private QuestionRow moderated(long eventId, long questionId, CurrentUser user) {
		EventRow event = events.get(eventId);
		events.requireModerator(eventId, user);
		event.refuseIfCancelled();
		return rows.find(questionId).filter(row -> row.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("Question", questionId));
	}

}
