package no.samtale.teams;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
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
import no.samtale.platform.ExpiringCache;
import no.samtale.platform.NotFoundException;

/** The teams and who is in them, with which role. */
@Service
public class Teams {

	/** The cluster signal that a team's members changed (its id): caches of who may read a team's work drop it. */
	public static final String MEMBERS_CHANGED = "teams-members";

	private final JdbcClient jdbc;

	private final ClusterSignals signals;

	/**
	 * A person's teams, asked on every inbox request. Membership changes are rare and signalled: this node forgets
	 * at once, the others as the change commits ({@link #MEMBERS_CHANGED}); the time to live only bounds a lost signal.
	 */
	private final ExpiringCache<Long, List<Long>> teamsOfPerson = new ExpiringCache<>(Duration.ofSeconds(30), 50_000);

	private final ExpiringCache<Long, Team> teamsById = new ExpiringCache<>(Duration.ofSeconds(30), 10_000);

	/** Team names never change once made (there is no renaming), so a node keeps them. */
	private final ExpiringCache<Long, String> names = new ExpiringCache<>(Duration.ofHours(1), 10_000);

	Teams(JdbcClient jdbc, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
		signals.on(MEMBERS_CHANGED, team -> forgetMembers());
	}

	public List<Team> all() {
		return withMembers(jdbc.sql("select * from teams_team order by name").query(Teams::row).list());
	}

	public Team get(long teamId) {
		return find(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
	}

	/** A team with its members; kept like {@link #teamIdsOf} (forgotten when members change), only when it exists. */
	public Optional<Team> find(long teamId) {
		return Optional.ofNullable(teamsById.get(teamId, id -> jdbc.sql("select * from teams_team where id = :id")
			.param("id", id)
			.query(Teams::row)
			.optional()
			.map(team -> withMembers(List.of(team)).get(0))
			.orElse(null)));
	}

	/** The ids of the teams a person belongs to, in any role. */
	public List<Long> teamIdsOf(long userId) {
		return teamsOfPerson.get(userId, user -> List.copyOf(jdbc
			.sql("select team_id from teams_member where user_id = :user order by team_id")
			.param("user", user)
			.query(Long.class)
			.list()));
	}

	public boolean isMember(long teamId, long userId) {
		return teamIdsOf(userId).contains(teamId);
	}

	/** A team's name (for lists that show many conversations' teams), or empty when there is no such team. */
	public Optional<String> name(long teamId) {
		return Optional.ofNullable(names.get(teamId, id -> jdbc.sql("select name from teams_team where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null)));
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
		forgetMembers();
		signals.send(MEMBERS_CHANGED, Long.toString(teamId));
	}

	private void forgetMembers() {
		teamsOfPerson.clear();
		teamsById.clear();
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
