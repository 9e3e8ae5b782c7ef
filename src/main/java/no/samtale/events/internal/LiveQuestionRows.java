package no.samtale.events.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.events.internal.LiveViews.LiveQuestionStatus;
import no.samtale.identity.Users;
import no.samtale.platform.RuleViolationException;

/**
 * The rows of nettprat questions as the asking, queue, moderation and answering services share them: reading one,
 * recounting its votes, and what readers of the live stream may see of it.
 */
@Component
class LiveQuestionRows {

	record QuestionRow(long id, long eventId, String text, Long askerId, String askerKey, LiveQuestionStatus status,
			String declineReason, Long mergedInto, Integer position, int votes, String answer, Instant askedAt) {
	}

	private final JdbcClient jdbc;

	private final Users users;

	LiveQuestionRows(JdbcClient jdbc, Users users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	Optional<QuestionRow> find(long questionId) {
		return jdbc.sql("select * from events_question where id = :id")
			.param("id", questionId)
			.query(LiveQuestionRows::row)
			.optional();
	}

	/** The vote counts of the questions, by id, in the order given; a question gone meanwhile is left out. */
	Map<Long, Integer> votes(List<Long> questionIds) {
		Map<Long, Integer> found = new HashMap<>();
		jdbc.sql("select id, votes from events_question where id in (:ids)")
			.param("ids", questionIds)
			.query(rs -> {
				found.put(rs.getLong("id"), rs.getInt("votes"));
			});
		Map<Long, Integer> counts = new LinkedHashMap<>();
		questionIds.stream().filter(found::containsKey).forEach(id -> counts.put(id, found.get(id)));
		return counts;
	}

	long ownerOf(long questionId) {
		// -1 for none: no user has that id.
		return jdbc.sql("select coalesce(owner_id, -1) from events_question where id = :id")
			.param("id", questionId)
			.query(Long.class)
			.single();
	}

	Long firstLeader(long eventId) {
		return jdbc.sql("select min(user_id) from events_live_person where event_id = :event and role = 'LEADER'")
			.param("event", eventId)
			.query(Long.class)
			.single();
	}

	void setStatus(long questionId, LiveQuestionStatus status) {
		jdbc.sql("update events_question set status = :status where id = :id")
			.param("status", status.name())
			.param("id", questionId)
			.update();
	}

	int recount(long questionId) {
		jdbc.sql("""
				update events_question set votes = (select count(*) from events_question_vote where question_id = :id)
				where id = :id
				""").param("id", questionId).update();
		return jdbc.sql("select votes from events_question where id = :id").param("id", questionId).query(Integer.class).single();
	}

	/** What readers may see of a question: its text, the asker's name unless anonymous, votes, the answer. */
	Map<String, Object> publicData(long questionId) {
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

	static void requireStatus(QuestionRow question, LiveQuestionStatus... allowed) {
		if (!List.of(allowed).contains(question.status())) {
			throw new RuleViolationException("question-state", "status",
					"The question is " + question.status() + "; this needs it to be one of " + List.of(allowed) + ".");
		}
	}

	static QuestionRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		int position = rs.getInt("queue_position");
		Integer queuePosition = rs.wasNull() ? null : position;
		return new QuestionRow(rs.getLong("id"), rs.getLong("event_id"), rs.getString("body"),
				LiveEvents.nullableLong(rs, "asker_id"), rs.getString("asker_key"),
				LiveQuestionStatus.valueOf(rs.getString("status")), rs.getString("decline_reason"),
				LiveEvents.nullableLong(rs, "merged_into"), queuePosition, rs.getInt("votes"), rs.getString("answer"),
				rs.getTimestamp("created_at").toInstant());
	}

}
