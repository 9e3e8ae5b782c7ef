package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.events.internal.IdeaViews.IdeaStatus;
import no.samtale.platform.NotFoundException;

/** The rows of the idea box the idea services share: an idea, its votes, and the history of its status changes. */
@Component
class IdeaRows {

	record IdeaRow(long id, long spaceId, String title, String body, long authorId, IdeaStatus status, Long ownerId,
			Long mergedInto, int votes, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	IdeaRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long ideaId, IdeaStatus status, Long ownerId, String reason, Long other, long by, Instant at) {
		jdbc.sql("update events_idea set status = :status, owner_id = :owner where id = :id")
			.param("status", status.name())
			.param("owner", ownerId)
			.param("id", ideaId)
			.update();
		jdbc.sql("""
				insert into events_idea_change (idea_id, status, owner_id, reason, other_idea, changed_by, changed_at)
				values (:idea, :status, :owner, :reason, :other, :by, :at)
				""")
			.param("idea", ideaId)
			.param("status", status.name())
			.param("owner", ownerId)
			.param("reason", reason)
			.param("other", other)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** How many of a person's votes are on open ideas. */
	int openVotes(long userId) {
		return jdbc.sql("""
				select count(*) from events_idea_vote v join events_idea i on i.id = v.idea_id
				where v.user_id = :user and i.status in ('NEW', 'ASSESSING', 'PLANNED')
				""").param("user", userId).query(Integer.class).single();
	}

	Set<Long> votedBy(long userId) {
		return new HashSet<>(jdbc.sql("select idea_id from events_idea_vote where user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.list());
	}

	int recount(long ideaId) {
		jdbc.sql("update events_idea set votes = (select count(*) from events_idea_vote where idea_id = :id) where id = :id")
			.param("id", ideaId)
			.update();
		return jdbc.sql("select votes from events_idea where id = :id").param("id", ideaId).query(Integer.class).single();
	}

	IdeaRow get(long ideaId) {
		return jdbc.sql("select * from events_idea where id = :id")
			.param("id", ideaId)
			.query(IdeaRows::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Idea", ideaId));
	}

	static IdeaRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new IdeaRow(rs.getLong("id"), rs.getLong("space_id"), rs.getString("title"), rs.getString("body"),
				rs.getLong("author_id"), IdeaStatus.valueOf(rs.getString("status")), LiveEvents.nullableLong(rs, "owner_id"),
				LiveEvents.nullableLong(rs, "merged_into"), rs.getInt("votes"), rs.getTimestamp("created_at").toInstant());
	}
}
