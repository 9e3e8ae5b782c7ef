package no.samtale.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.LiveQuestionRows.QuestionRow;
import no.samtale.events.internal.LiveViews.LiveQuestionStatus;
import no.samtale.events.internal.LiveViews.QueueQuestion;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;

/**
 * The queue of a nettprat's questions as moderators and leaders see it: its order (moderators' placing, then votes,
 * then oldest), the leader's "next three", and the like questions a moderator may merge.
 */
@Service
class LiveQueue {

	/** How many questions the leader's "next three" view shows. */
	static final int NEXT = 3;

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final LiveQuestionRows rows;

	private final Users users;

	LiveQueue(JdbcClient jdbc, LiveEvents events, LiveQuestionRows rows, Users users) {
		this.jdbc = jdbc;
		this.events = events;
		this.rows = rows;
		this.users = users;
	}

	/**
	 * The moderators' queue: pending and approved questions not yet answered, in the moderators' order (questions
	 * they placed first), then by votes, then oldest first. Anonymous questions show no asker here either.
	 */
	@Transactional(readOnly = true)
	List<QueueQuestion> queue(long eventId, CurrentUser user) {
		events.get(eventId);
		events.requireStaff(eventId, user);
		return queued(eventId, List.of(LiveQuestionStatus.PENDING, LiveQuestionStatus.APPROVED), 500);
	}

	/** What the leader answers next: the first three approved questions in the queue's order. */
	@Transactional(readOnly = true)
	List<QueueQuestion> next(long eventId, CurrentUser user) {
		events.get(eventId);
		events.requireStaff(eventId, user);
		return queued(eventId, List.of(LiveQuestionStatus.APPROVED), NEXT);
	}

	private List<QueueQuestion> queued(long eventId, List<LiveQuestionStatus> statuses, int limit) {
		List<QuestionRow> found = jdbc.sql("""
				select * from events_question where event_id = :event and status in (:statuses)
				order by case when queue_position is null then 1 else 0 end, queue_position, votes desc, id
				""")
			.param("event", eventId)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(LiveQuestionRows::row)
			.list();
		List<QuestionRow> first = found.subList(0, Math.min(limit, found.size()));
		Set<Long> askers = new HashSet<>();
		first.forEach(row -> {
			if (row.askerId() != null) {
				askers.add(row.askerId());
			}
		});
		Map<Long, Person> people = users.people(askers);
		return first.stream()
			.map(row -> new QueueQuestion(row.id(), row.text(), row.askerId() == null ? null : people.get(row.askerId()),
					row.askerKey() != null, row.status(), row.votes(), row.position(), row.askedAt()))
			.toList();
	}

	/** The moderators set the queue's order: the listed questions first, in that order. */
	@Transactional
	void order(long eventId, List<Long> questionIds, CurrentUser user) {
		EventRow event = events.get(eventId);
		events.requireModerator(eventId, user);
		event.refuseIfCancelled();
		jdbc.sql("update events_question set queue_position = null where event_id = :event").param("event", eventId).update();
		int position = 1;
		for (long id : new LinkedHashSet<>(questionIds)) {
			int changed = jdbc.sql("update events_question set queue_position = :position where id = :id and event_id = :event")
				.param("position", position++)
				.param("id", id)
				.param("event", eventId)
				.update();
			if (changed == 0) {
				throw new InvalidInputException("questionIds", "Question " + id + " is not one of this nettprat's.");
			}
		}
	}

	/** The other questions of the nettprat most like this one (shared words), for the moderators' merge. */
	@Transactional(readOnly = true)
	List<QueueQuestion> similar(long eventId, long questionId, CurrentUser user) {
		events.get(eventId);
		events.requireModerator(eventId, user);
		QuestionRow question = rows.find(questionId).filter(row -> row.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("Question", questionId));
		List<QueueQuestion> candidates = queued(eventId,
				List.of(LiveQuestionStatus.PENDING, LiveQuestionStatus.APPROVED, LiveQuestionStatus.ANSWERED), 500);
		Set<String> words = Words.of(question.text());
		List<QueueQuestion> alike = new ArrayList<>(candidates.stream()
			.filter(candidate -> candidate.id() != questionId && Words.overlap(words, Words.of(candidate.text())) > 0)
			.toList());
		alike.sort((a, b) -> Double.compare(Words.overlap(words, Words.of(b.text())), Words.overlap(words, Words.of(a.text()))));
		return alike.subList(0, Math.min(5, alike.size()));
	}

}
