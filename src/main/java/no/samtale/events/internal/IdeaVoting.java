package no.samtale.events.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.RuleViolationException;

/**
 * Votes in the idea box: one per person and idea, on an open idea, at most {@link Ideas#OPEN_VOTES} on open ideas per
 * person (a vote comes back when its idea closes, since only open ideas count).
 */
@Service
class IdeaVoting {

	private final JdbcClient jdbc;

	private final IdeaRows rows;

	private final DuplicateSafeInsert inserts;

	IdeaVoting(JdbcClient jdbc, IdeaRows rows, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.inserts = inserts;
	}

	/** One vote per person and idea, on an open idea, within the person's open votes. */
	@Transactional
	int vote(long ideaId, CurrentUser user) {
		IdeaRows.IdeaRow idea = rows.get(ideaId);
		if (!idea.status().open()) {
			throw new RuleViolationException("idea-closed", "ideaId", "The idea is closed; it takes no more votes.");
		}
		boolean already = jdbc.sql("select count(*) from events_idea_vote where idea_id = :idea and user_id = :user")
			.param("idea", ideaId)
			.param("user", user.id())
			.query(Long.class)
			.single() > 0;
		if (already) {
			throw new RuleViolationException("already-voted", "ideaId", "You have already voted for this idea.");
		}
		if (rows.openVotes(user.id()) >= Ideas.OPEN_VOTES) {
			throw new RuleViolationException("vote-limit", "ideaId", "You have used all your " + Ideas.OPEN_VOTES
					+ " votes on open ideas; a vote comes back when its idea closes.");
		}
		int added = inserts.insert("insert into events_idea_vote (idea_id, user_id) values (:idea, :user)",
				"idea_id, user_id",
				statement -> jdbc.sql(statement).param("idea", ideaId).param("user", user.id()).update());
		if (added == 0) {
			throw new RuleViolationException("already-voted", "ideaId", "You have already voted for this idea.");
		}
		return rows.recount(ideaId);
	}

}
