package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.LiveEvents.EventRole;
import no.samtale.events.internal.LiveEvents.EventRow;
import no.samtale.events.internal.LiveStream.Kind;
import no.samtale.events.internal.LiveViews.MyLiveQuestion;
import no.samtale.events.internal.LiveViews.QueueQuestion;
import no.samtale.events.internal.LiveViews.LiveQuestionStatus;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * The questions of a nettprat: asked by name or anonymously, moderated (approve, decline with a reason, merge with
 * the votes following), voted on once per person, answered by a leader or a helper typing for one. Every change a
 * reader may see goes out on the live stream.
 */
@Service
class LiveQuestions {

	/** How many questions the leader's "next three" view shows. */
	static final int NEXT = 3;

	record QuestionRow(long id, long eventId, String text, Long askerId, String askerKey, LiveQuestionStatus status,
			String declineReason, Long mergedInto, Integer position, int votes, String answer, Instant askedAt) {
	}

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final LiveStream stream;

	private final AskerKeys askerKeys;

	private final PersonalDataPolicy privacy;

	private final DuplicateSafeInsert inserts;

	private final Users users;

	private final VoteCounts voteCounts;

	private final NettpratSearchFeed search;

	LiveQuestions(JdbcClient jdbc, LiveEvents events, LiveStream stream, AskerKeys askerKeys,
			PersonalDataPolicy privacy, DuplicateSafeInsert inserts, Users users, VoteCounts voteCounts,
			NettpratSearchFeed search) {
		this.search = search;
		this.voteCounts = voteCounts;
		this.jdbc = jdbc;
		this.events = events;
		this.stream = stream;
		this.askerKeys = askerKeys;
		this.privacy = privacy;
		this.inserts = inserts;
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
		long owner = ownerOf(question.id());
		if (owner < 0) {
			return question;
		}
		return new MyLiveQuestion(question.id(), question.text(), question.anonymous(), question.status(), question.votes(),
				question.declineReason(), question.mergedIntoId(), question.mergedIntoText(), question.answer(),
				question.askedAt(), users.people(List.of(owner)).get(owner), question.dueOn());
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
		List<QuestionRow> rows = jdbc.sql("""
				select * from events_question where event_id = :event and status in (:statuses)
				order by case when queue_position is null then 1 else 0 end, queue_position, votes desc, id
				""")
			.param("event", eventId)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(LiveQuestions::row)
			.list();
		List<QuestionRow> first = rows.subList(0, Math.min(limit, rows.size()));
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
		events.get(eventId);
		events.requireModerator(eventId, user);
		jdbc.sql("update events_question set queue_position = null where event_id = :event").param("event", eventId).update();
		int position = 1;
		for (long id : new java.util.LinkedHashSet<>(questionIds)) {
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

	@Transactional
	void approve(long eventId, long questionId, CurrentUser user) {
		QuestionRow question = moderated(eventId, questionId, user);
		requireStatus(question, LiveQuestionStatus.PENDING);
		setStatus(question.id(), LiveQuestionStatus.APPROVED);
		stream.publish(eventId, Kind.APPROVED, publicData(question.id()));
	}

	@Transactional
	void decline(long eventId, long questionId, String reason, CurrentUser user) {
		QuestionRow question = moderated(eventId, questionId, user);
		requireStatus(question, LiveQuestionStatus.PENDING, LiveQuestionStatus.APPROVED);
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
	}

	/** Merges a question into a like one of the same nettprat; its voters' votes follow, each counted once. */
	@Transactional
	void merge(long eventId, long questionId, long intoId, CurrentUser user) {
		QuestionRow question = moderated(eventId, questionId, user);
		if (intoId == questionId) {
			throw new InvalidInputException("intoId", "A question cannot be merged into itself.");
		}
		requireStatus(question, LiveQuestionStatus.PENDING, LiveQuestionStatus.APPROVED);
		QuestionRow into = find(intoId).filter(row -> row.eventId() == eventId)
			.orElseThrow(() -> new InvalidInputException("intoId", "LiveMerge into a question of the same nettprat."));
		if (into.status() == LiveQuestionStatus.MERGED || into.status() == LiveQuestionStatus.DECLINED) {
			throw new RuleViolationException("question-state", "intoId",
					"LiveMerge into a question that is pending, approved or answered.");
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
		int votes = recount(intoId);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("questionId", questionId);
		data.put("intoId", intoId);
		data.put("votes", votes);
		if (question.status() == LiveQuestionStatus.APPROVED || into.status() != LiveQuestionStatus.PENDING) {
			stream.publish(eventId, Kind.MERGED, data);
		}
	}

	/** One vote per person, on an approved question of a nettprat that has not ended. */
	@Transactional
	int vote(long eventId, long questionId, CurrentUser user) {
		EventRow event = events.get(eventId);
		QuestionRow question = find(questionId).filter(row -> row.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("Question", questionId));
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
		int votes = recount(questionId);
		voteCounts.changed(eventId, questionId);
		return votes;
	}

	/** A leader answers, or a helper types the answer for the leader (shown as such). */
	@Transactional
	void answer(long eventId, long questionId, String body, CurrentUser user) {
		events.get(eventId);
		Set<EventRole> roles = events.rolesOf(eventId, user.id());
		QuestionRow question = find(questionId).filter(row -> row.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("Question", questionId));
		// The owner of an unanswered question answers it in writing, after the nettprat too.
		boolean owner = user.id() == ownerOf(questionId);
		if (!roles.contains(EventRole.LEADER) && !roles.contains(EventRole.HELPER) && !owner) {
			throw new ForbiddenException("Only the leaders of this nettprat, their helpers and a question's owner answer.");
		}
		requireStatus(question, owner ? new LiveQuestionStatus[] { LiveQuestionStatus.APPROVED, LiveQuestionStatus.PENDING }
				: new LiveQuestionStatus[] { LiveQuestionStatus.APPROVED });
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("body", "An answer needs some text.");
		}
		privacy.refuseIdentityNumbers("body", text);
		boolean answersForThemselves = roles.contains(EventRole.LEADER) || owner;
		Long leader = answersForThemselves ? user.id() : firstLeader(eventId);
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
		stream.publish(eventId, Kind.ANSWERED, publicData(questionId));
	}

	/** The other questions of the nettprat most like this one (shared words), for the moderators' merge. */
	@Transactional(readOnly = true)
	List<QueueQuestion> similar(long eventId, long questionId, CurrentUser user) {
		events.get(eventId);
		events.requireModerator(eventId, user);
		QuestionRow question = find(questionId).filter(row -> row.eventId() == eventId)
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

	long ownerOf(long questionId) {
		// -1 for none: no user has that id.
		return jdbc.sql("select coalesce(owner_id, -1) from events_question where id = :id")
			.param("id", questionId)
			.query(Long.class)
			.single();
	}

	private Long firstLeader(long eventId) {
		return jdbc.sql("select min(user_id) from events_live_person where event_id = :event and role = 'LEADER'")
			.param("event", eventId)
			.query(Long.class)
			.single();
	}

	/** What readers may see of a question: its text, the asker's name unless anonymous, votes, the answer. */
	private Map<String, Object> publicData(long questionId) {
		QuestionRow row = find(questionId).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("questionId", questionId);
		data.put("status", row.status().name());
		data.put("text", row.text());
		data.put("asker", row.askerId() == null ? null : users.people(List.of(row.askerId())).get(row.askerId()));
		data.put("votes", row.votes());
		var answer = jdbc.sql("select answer, answered_by, typed_by from events_question where id = :id")
			.param("id", questionId)
			.query((rs, n) -> new Object[] { rs.getString("answer"), LiveEvents.nullableLong(rs, "answered_by"),
					LiveEvents.nullableLong(rs, "typed_by") })
			.single();
		data.put("answer", answer[0]);
		data.put("answeredBy", answer[1] == null ? null : users.people(List.of((Long) answer[1])).get(answer[1]));
		data.put("typedBy", answer[2] == null ? null : users.people(List.of((Long) answer[2])).get(answer[2]));
		return data;
	}

	private QuestionRow moderated(long eventId, long questionId, CurrentUser user) {
		events.get(eventId);
		events.requireModerator(eventId, user);
		return find(questionId).filter(row -> row.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("Question", questionId));
	}

	private static void requireStatus(QuestionRow question, LiveQuestionStatus... allowed) {
		if (!List.of(allowed).contains(question.status())) {
			throw new RuleViolationException("question-state", "status",
					"The question is " + question.status() + "; this needs it to be one of " + List.of(allowed) + ".");
		}
	}

	private void setStatus(long questionId, LiveQuestionStatus status) {
		jdbc.sql("update events_question set status = :status where id = :id")
			.param("status", status.name())
			.param("id", questionId)
			.update();
	}

	private int recount(long questionId) {
		jdbc.sql("""
				update events_question set votes = (select count(*) from events_question_vote where question_id = :id)
				where id = :id
				""").param("id", questionId).update();
		return jdbc.sql("select votes from events_question where id = :id").param("id", questionId).query(Integer.class).single();
	}

	java.util.Optional<QuestionRow> find(long questionId) {
		return jdbc.sql("select * from events_question where id = :id")
			.param("id", questionId)
			.query(LiveQuestions::row)
			.optional();
	}

	private static QuestionRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		int position = rs.getInt("queue_position");
		Integer queuePosition = rs.wasNull() ? null : position;
		return new QuestionRow(rs.getLong("id"), rs.getLong("event_id"), rs.getString("body"),
				LiveEvents.nullableLong(rs, "asker_id"), rs.getString("asker_key"),
				LiveQuestionStatus.valueOf(rs.getString("status")), rs.getString("decline_reason"),
				LiveEvents.nullableLong(rs, "merged_into"), queuePosition, rs.getInt("votes"), rs.getString("answer"),
				rs.getTimestamp("created_at").toInstant());
	}

}
