package no.samtale.inbox.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The links from conversations to the forum discussions their questions became. */
@Component
class ExpertQuestionStore {

	record Asked(long id, long conversationId, long discussionId, long teamId, long askedBy, Instant askedAt,
			Instant answeredAt) {
	}

	private final JdbcClient jdbc;

	ExpertQuestionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long conversationId, long discussionId, long teamId, long askedBy, Instant at) {
		jdbc.sql("""
				insert into inbox_expert_question (conversation_id, discussion_id, team_id, asked_by, asked_at)
				values (:conversation, :discussion, :team, :askedBy, :at)
				""")
			.param("conversation", conversationId)
			.param("discussion", discussionId)
			.param("team", teamId)
			.param("askedBy", askedBy)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The conversation's questions, latest first. */
	List<Asked> ofConversation(long conversationId) {
		return jdbc.sql("select * from inbox_expert_question where conversation_id = :id order by asked_at desc, id desc")
			.param("id", conversationId)
			.query(ExpertQuestionStore::asked)
			.list();
	}

	Optional<Asked> byDiscussion(long discussionId) {
		return jdbc.sql("select * from inbox_expert_question where discussion_id = :id")
			.param("id", discussionId)
			.query(ExpertQuestionStore::asked)
			.optional();
	}

	void answered(long id, Instant at) {
		jdbc.sql("update inbox_expert_question set answered_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	private static Asked asked(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new Asked(rs.getLong("id"), rs.getLong("conversation_id"), rs.getLong("discussion_id"),
				rs.getLong("team_id"), rs.getLong("asked_by"), rs.getTimestamp("asked_at").toInstant(),
				answered == null ? null : answered.toInstant());
	}

}
