package no.samtale.events.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * Who follows an idea: its author from the start, and anyone who chooses to. Followers are told of its status
 * changes and of a merge (through the notifications module, which hears {@code events.IdeaStatusChanged} and
 * {@code events.IdeaMerged}); the followers of a merged idea follow the one it went into.
 */
@Service
class IdeaFollowers {

	private final JdbcClient jdbc;

	private final IdeaRows rows;

	private final DuplicateSafeInsert inserts;

	IdeaFollowers(JdbcClient jdbc, IdeaRows rows, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.inserts = inserts;
	}

	/** Following twice is following once. */
	@Transactional
	void follow(long ideaId, CurrentUser user) {
		rows.get(ideaId);
		add(ideaId, user.id());
	}

	@Transactional
	void unfollow(long ideaId, CurrentUser user) {
		rows.get(ideaId);
		jdbc.sql("delete from events_idea_follower where idea_id = :idea and user_id = :user")
			.param("idea", ideaId)
			.param("user", user.id())
			.update();
	}

	void add(long ideaId, long userId) {
		inserts.insert("insert into events_idea_follower (idea_id, user_id) values (:idea, :user)", "idea_id, user_id",
				statement -> jdbc.sql(statement).param("idea", ideaId).param("user", userId).update());
	}

	List<Long> of(long ideaId) {
		return jdbc.sql("select user_id from events_idea_follower where idea_id = :idea order by user_id")
			.param("idea", ideaId)
			.query(Long.class)
			.list();
	}

	boolean follows(long ideaId, long userId) {
		return jdbc.sql("select count(*) from events_idea_follower where idea_id = :idea and user_id = :user")
			.param("idea", ideaId)
			.param("user", userId)
			.query(Long.class)
			.single() > 0;
	}

	/** The followers of a merged idea follow the idea it went into (each once). */
	void moveTo(long fromId, long intoId) {
		of(fromId).forEach(follower -> add(intoId, follower));
	}

}
