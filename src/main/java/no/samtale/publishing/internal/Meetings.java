package no.samtale.publishing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

import no.samtale.platform.NotFoundException;

/** The minutes and actions of the weekly editorial meetings. */
@Component
class Meetings {

	record Minutes(String text, long updatedBy, Instant updatedAt) {
	}

	record Action(long id, long teamId, String isoWeek, String text, long ownerId, @Nullable Instant doneAt) {
	}

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Minutes> minutes(long teamId, IsoWeek week) {
		return jdbc.sql("select * from publishing_meeting where team_id = :team and iso_week = :week")
			.param("team", teamId)
			.param("week", week.toString())
			.query((rs, n) -> new Minutes(rs.getString("minutes"), rs.getLong("updated_by"),
					rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	@Transactional
	void writeMinutes(long teamId, IsoWeek week, String text, long userId) {
		jdbc.sql("delete from publishing_meeting where team_id = :team and iso_week = :week")
			.param("team", teamId)
			.param("week", week.toString())
			.update();
		jdbc.sql("""
				insert into publishing_meeting (team_id, iso_week, minutes, updated_by, updated_at)
				values (:team, :week, :minutes, :user, :now)
				""")
			.param("team", teamId)
			.param("week", week.toString())
			.param("minutes", text)
			.param("user", userId)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	long addAction(long teamId, IsoWeek week, String text, long ownerId, long userId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into publishing_action (team_id, iso_week, text, owner_id, created_by, created_at)
				values (:team, :week, :text, :owner, :user, :now)
				""")
			.param("team", teamId)
			.param("week", week.toString())
			.param("text", text)
			.param("owner", ownerId)
			.param("user", userId)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Action action(long id) {
		return jdbc.sql("select * from publishing_action where id = :id")
			.param("id", id)
			.query(Meetings::action)
			.optional()
			.orElseThrow(() -> new NotFoundException("Action", id));
	}

	void done(long id) {
		jdbc.sql("update publishing_action set done_at = :now where id = :id and done_at is null")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", id)
			.update();
	}

	/** The team's actions decided in this week's meeting or still open from earlier ones. */
	List<Action> actions(long teamId, IsoWeek week) {
		return jdbc.sql("""
				select * from publishing_action where team_id = :team and (iso_week = :week or (done_at is null
				    and iso_week < :week))
				order by id
				""")
			.param("team", teamId)
			.param("week", week.toString())
			.query(Meetings::action)
			.list();
	}

	private static Action action(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp done = rs.getTimestamp("done_at");
		return new Action(rs.getLong("id"), rs.getLong("team_id"), rs.getString("iso_week"), rs.getString("text"),
				rs.getLong("owner_id"), done == null ? null : done.toInstant());
	}

}
