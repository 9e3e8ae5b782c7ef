package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.FeedbackViews.FeedbackServiceList;
import no.samtale.events.internal.FeedbackViews.FeedbackServiceView;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * The digital services feedback is tagged with, each worked by one team (through the {@code teams} module).
 * Administrators add them; everyone sees them.
 */
@Service
class FeedbackServices {

	record ServiceRow(long id, String name, long teamId) {
	}

	private final JdbcClient jdbc;

	private final Teams teams;

	private final DuplicateSafeInsert inserts;

	FeedbackServices(JdbcClient jdbc, Teams teams, DuplicateSafeInsert inserts) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.inserts = inserts;
	}

	@Transactional
	long create(String name, long teamId, CurrentUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only administrators add a service for product feedback.");
		}
		String clean = name.strip();
		if (clean.isEmpty()) {
			throw new InvalidInputException("name", "A service needs a name.");
		}
		teams.find(teamId).orElseThrow(() -> new InvalidInputException("teamId", "No such team."));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int added = inserts.insert("insert into events_feedback_service (name, team_id, created_at) values (:name, :team, :now)",
				"name", statement -> jdbc.sql(statement)
					.param("name", clean)
					.param("team", teamId)
					.param("now", Timestamp.from(Instant.now()))
					.update(key, "id"));
		if (added == 0) {
			throw new RuleViolationException("service-exists", "name", "A service with that name exists already.");
		}
		return key.getKey().longValue();
	}

	@Transactional(readOnly = true)
	FeedbackServiceList list(CurrentUser user) {
		List<Long> mine = teams.teamIdsOf(user.id());
		return new FeedbackServiceList(all().stream()
			.map(row -> new FeedbackServiceView(row.id(), row.name(), teams.find(row.teamId()).map(Team::name).orElse("?"),
					mine.contains(row.teamId())))
			.toList());
	}

	List<ServiceRow> all() {
		return jdbc.sql("select id, name, team_id from events_feedback_service order by name")
			.query((rs, n) -> new ServiceRow(rs.getLong("id"), rs.getString("name"), rs.getLong("team_id")))
			.list();
	}

	Optional<ServiceRow> find(long serviceId) {
		return jdbc.sql("select id, name, team_id from events_feedback_service where id = :id")
			.param("id", serviceId)
			.query((rs, n) -> new ServiceRow(rs.getLong("id"), rs.getString("name"), rs.getLong("team_id")))
			.optional();
	}

	ServiceRow get(long serviceId) {
		return find(serviceId).orElseThrow(() -> new NotFoundException("Service", serviceId));
	}

	/** The service's team works its queue; an administrator may look too. */
	void requireTeam(ServiceRow service, CurrentUser user) {
		if (!teams.isMember(service.teamId(), user.id()) && !user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only the service's team works its feedback.");
		}
	}

}
