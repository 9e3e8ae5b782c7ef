package no.samtale.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.ConflictException;
import no.samtale.platform.NotFoundException;

/** The teams of advisors and who is in them. */
@Service
public class Teams {

	private final JdbcClient jdbc;

	Teams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Team> all() {
		return withMembers(jdbc.sql("select * from channels_team order by name").query(Teams::row).list());
	}

	public Team get(long teamId) {
		return find(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
	}

	public Optional<Team> find(long teamId) {
		return jdbc.sql("select * from channels_team where id = :id")
			.param("id", teamId)
			.query(Teams::row)
			.optional()
			.map(team -> withMembers(List.of(team)).get(0));
	}

	/** The ids of the teams a person answers for. */
	public List<Long> teamIdsOf(long userId) {
		return jdbc.sql("select team_id from channels_team_member where user_id = :user order by team_id")
			.param("user", userId)
			.query(Long.class)
			.list();
	}

	public boolean isMember(long teamId, long userId) {
		return jdbc.sql("select count(*) from channels_team_member where team_id = :team and user_id = :user")
			.param("team", teamId)
			.param("user", userId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	public long create(String name, Long unitId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("insert into channels_team (name, unit_id, created_at) values (:name, :unit, :now)")
				.param("name", name)
				.param("unit", unitId)
				.param("now", Timestamp.from(Instant.now()))
				.update(key, "id");
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("name", "A team with this name already exists");
		}
		return key.getKey().longValue();
	}

	@Transactional
	public void setMembers(long teamId, Collection<Long> userIds) {
		get(teamId);
		jdbc.sql("delete from channels_team_member where team_id = :team").param("team", teamId).update();
		for (long userId : userIds.stream().distinct().toList()) {
			jdbc.sql("insert into channels_team_member (team_id, user_id) values (:team, :user)")
				.param("team", teamId)
				.param("user", userId)
				.update();
		}
	}

	private List<Team> withMembers(List<Team> teams) {
		if (teams.isEmpty()) {
			return teams;
		}
		Map<Long, List<Long>> members = new LinkedHashMap<>();
		teams.forEach(team -> members.put(team.id(), new ArrayList<>()));
		jdbc.sql("select team_id, user_id from channels_team_member where team_id in (:teams) order by user_id")
			.param("teams", members.keySet())
			.query((rs, n) -> members.get(rs.getLong("team_id")).add(rs.getLong("user_id")))
			.list();
		return teams.stream()
			.map(team -> new Team(team.id(), team.name(), team.unitId(), List.copyOf(members.get(team.id()))))
			.toList();
	}

	private static Team row(ResultSet rs, int n) throws SQLException {
		long unit = rs.getLong("unit_id");
		return new Team(rs.getLong("id"), rs.getString("name"), rs.wasNull() ? null : unit, List.of());
	}

}
