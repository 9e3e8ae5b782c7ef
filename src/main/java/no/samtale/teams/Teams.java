package no.samtale.teams;

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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.ClusterSignals;
import no.samtale.platform.ConflictException;
import no.samtale.platform.NotFoundException;

/** The teams and who is in them, with which role. */
@Service
public class Teams {

	/** The cluster signal that a team's members changed (its id): caches of who may read a team's work drop it. */
	public static final String MEMBERS_CHANGED = "teams-members";

	private final JdbcClient jdbc;

	private final ClusterSignals signals;

	Teams(JdbcClient jdbc, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
	}

	public List<Team> all() {
		return withMembers(jdbc.sql("select * from teams_team order by name").query(Teams::row).list());
	}

	public Team get(long teamId) {
		return find(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
	}

	public Optional<Team> find(long teamId) {
		return jdbc.sql("select * from teams_team where id = :id")
			.param("id", teamId)
			.query(Teams::row)
			.optional()
			.map(team -> withMembers(List.of(team)).get(0));
	}

	/** The ids of the teams a person belongs to, in any role. */
	public List<Long> teamIdsOf(long userId) {
		return jdbc.sql("select team_id from teams_member where user_id = :user order by team_id")
			.param("user", userId)
			.query(Long.class)
			.list();
	}

	public boolean isMember(long teamId, long userId) {
		return jdbc.sql("select count(*) from teams_member where team_id = :team and user_id = :user")
			.param("team", teamId)
			.param("user", userId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	public long create(String name, Long unitId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("insert into teams_team (name, unit_id, created_at) values (:name, :unit, :now)")
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

	/** Sets who is in the team: those already in it keep their role, newcomers are advisors. */
	@Transactional
	public void setMembers(long teamId, Collection<Long> userIds) {
		Map<Long, TeamRole> roles = get(teamId).members()
			.stream()
			.collect(Collectors.toMap(TeamMember::userId, TeamMember::role));
		setMembersWithRoles(teamId, userIds.stream()
			.distinct()
			.map(id -> new TeamMember(id, roles.getOrDefault(id, TeamRole.ADVISOR)))
			.toList());
	}

	/** Sets who is in the team and their roles; a person listed twice counts once, with the first role given. */
	@Transactional
	public void setMembersWithRoles(long teamId, Collection<TeamMember> members) {
		get(teamId);
		jdbc.sql("delete from teams_member where team_id = :team").param("team", teamId).update();
		Map<Long, TeamMember> distinct = members.stream()
			.collect(Collectors.toMap(TeamMember::userId, Function.identity(), (first, second) -> first,
					LinkedHashMap::new));
		for (TeamMember member : distinct.values()) {
			jdbc.sql("insert into teams_member (team_id, user_id, team_role) values (:team, :user, :role)")
				.param("team", teamId)
				.param("user", member.userId())
				.param("role", member.role().name())
				.update();
		}
		signals.send(MEMBERS_CHANGED, Long.toString(teamId));
	}

	private List<Team> withMembers(List<Team> teams) {
		if (teams.isEmpty()) {
			return teams;
		}
		Map<Long, List<TeamMember>> members = new LinkedHashMap<>();
		teams.forEach(team -> members.put(team.id(), new ArrayList<>()));
		jdbc.sql("select team_id, user_id, team_role from teams_member where team_id in (:teams) order by user_id")
			.param("teams", members.keySet())
			.query((rs, n) -> members.get(rs.getLong("team_id"))
				.add(new TeamMember(rs.getLong("user_id"), TeamRole.valueOf(rs.getString("team_role")))))
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
