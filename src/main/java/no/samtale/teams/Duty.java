package no.samtale.teams;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who is on duty: the questions other modules ask of the duty roster. The approval queue offers a team's replies
 * first to its partners on duty, and notifications go first to them.
 */
@Service
public class Duty {

	private final JdbcClient jdbc;

	Duty(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The people on duty for the team at this moment, by user id (empty when nobody is rostered). */
	public List<Long> onDuty(long teamId, Instant at) {
		return jdbc.sql("""
				select distinct p.user_id from teams_shift s join teams_shift_person p on p.shift_id = s.id
				where s.team_id = :team and s.starts_at <= :at and s.ends_at > :at order by p.user_id
				""").param("team", teamId).param("at", Timestamp.from(at)).query(Long.class).list();
	}

	/** The teams (of those given) in which this person is on duty at this moment. */
	public List<Long> teamsOnDuty(long userId, Collection<Long> teamIds, Instant at) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct s.team_id from teams_shift s join teams_shift_person p on p.shift_id = s.id
				where p.user_id = :user and s.team_id in (:teams) and s.starts_at <= :at and s.ends_at > :at
				""").param("user", userId).param("teams", teamIds).param("at", Timestamp.from(at))
			.query(Long.class).list();
	}

}
