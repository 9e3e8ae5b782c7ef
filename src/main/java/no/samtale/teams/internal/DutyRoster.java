package no.samtale.teams.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.teams.ShiftUnderstaffed;
import no.samtale.teams.Team;
import no.samtale.teams.TeamOpeningHours;
import no.samtale.teams.TeamRole;
import no.samtale.teams.Teams;

/**
 * The duty roster's use cases. Every change locks the team's row first, so two leads (or two nodes) planning the
 * same team at once take turns, and the overlap check sees what the other wrote.
 */
@Component
class DutyRoster {

	/** One shift as stored: Norwegian day and times are derived from the instants. */
	record Shift(long id, long teamId, Instant startsAt, Instant endsAt, List<Long> people) {

		boolean understaffed() {
			return !DutyRules.aShiftNeedsTwo(people);
		}

	}

	private final JdbcClient jdbc;

	private final Teams teams;

	private final List<TeamOpeningHours> openingHours;

	private final ApplicationEventPublisher events;

	DutyRoster(JdbcClient jdbc, Teams teams, List<TeamOpeningHours> openingHours, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.openingHours = openingHours;
		this.events = events;
	}

	List<Shift> between(long teamId, Instant from, Instant to) {
		return jdbc.sql("""
				select id, team_id, starts_at, ends_at from teams_shift
				where team_id = :team and starts_at < :to and ends_at > :from order by starts_at, id
				""").param("team", teamId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> new Shift(rs.getLong("id"), rs.getLong("team_id"), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), people(rs.getLong("id"))))
			.list();
	}

	Optional<TeamOpeningHours.Hours> openOn(long teamId, LocalDate date) {
		return openingHours.stream().map(hours -> hours.on(teamId, date.getDayOfWeek())).flatMap(Optional::stream)
			.findFirst();
	}

	@Transactional
	Shift add(long teamId, LocalDate date, LocalTime starts, LocalTime ends, List<Long> people, long by) {
		Team team = locked(teamId);
		refuse(DutyRules.aShiftHasSomeoneAndEndsAfterItStarts(people, starts, ends));
		DutyRules.aShiftLiesWithinOpeningHours(starts, ends, openOn(teamId, date),
				openingHours.stream().anyMatch(hours -> hours.hasAccounts(teamId)))
			.ifPresent(r -> {
				throw new RuleViolationException("outside-opening-hours", r.field(), r.reason());
			});
		Instant startsAt = date.atTime(starts).atZone(DutyRules.ZONE).toInstant();
		Instant endsAt = (ends.equals(LocalTime.MAX) ? date.plusDays(1).atStartOfDay() : date.atTime(ends))
			.atZone(DutyRules.ZONE).toInstant();
		checkPeople(team, people, startsAt, endsAt, null);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into teams_shift (team_id, starts_at, ends_at, created_by, created_at)
				values (:team, :starts, :ends, :by, :now)
				""").param("team", teamId).param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
			.param("by", by).param("now", Timestamp.from(Instant.now())).update(key, "id");
		long id = key.getKey().longValue();
		setPeople(id, people);
		return announced(get(teamId, id));
	}

	/** Changes who is on a shift (someone called in sick, someone takes over). */
	@Transactional
	Shift staff(long teamId, long shiftId, List<Long> people) {
		Team team = locked(teamId);
		Shift shift = get(teamId, shiftId);
		if (people.isEmpty()) {
			throw new InvalidInputException("userIds", DutyRules.NEEDS_SOMEONE,
					"Put at least one person on the shift, or remove the shift");
		}
		checkPeople(team, people, shift.startsAt(), shift.endsAt(), shiftId);
		setPeople(shiftId, people);
		return announced(get(teamId, shiftId));
	}

	@Transactional
	void remove(long teamId, long shiftId) {
		locked(teamId);
		get(teamId, shiftId);
		jdbc.sql("delete from teams_shift_person where shift_id = :id").param("id", shiftId).update();
		jdbc.sql("delete from teams_shift where id = :id").param("id", shiftId).update();
	}

	Shift get(long teamId, long shiftId) {
		return jdbc.sql("select id, team_id, starts_at, ends_at from teams_shift where id = :id and team_id = :team")
			.param("id", shiftId).param("team", teamId)
			.query((rs, n) -> new Shift(rs.getLong("id"), rs.getLong("team_id"), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), people(shiftId)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Shift", shiftId));
	}

	List<Long> leads(Team team) {
		return team.members().stream().filter(member -> member.role() == TeamRole.LEAD).map(m -> m.userId()).toList();
	}

	private Shift announced(Shift shift) {
		if (shift.understaffed()) {
			events.publishEvent(new ShiftUnderstaffed(shift.teamId(), shift.id(), shift.startsAt(), shift.endsAt(),
					shift.people().size(), leads(teams.get(shift.teamId())), Instant.now()));
		}
		return shift;
	}

	private void checkPeople(Team team, List<Long> people, Instant startsAt, Instant endsAt, Long except) {
		for (int i = 0; i < people.size(); i++) {
			if (!team.hasMember(people.get(i))) {
				throw new InvalidInputException("userIds[%d]".formatted(i), DutyRules.NOT_TEAM_MEMBER,
						"Not a member of the team");
			}
		}
		List<DutyRules.Booked> booked = jdbc.sql("""
				select p.user_id, s.starts_at, s.ends_at from teams_shift s join teams_shift_person p on p.shift_id = s.id
				where p.user_id in (:people) and s.starts_at < :ends and s.ends_at > :starts and s.id <> :except
				""").param("people", people).param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
			.param("except", except == null ? -1L : except)
			.query((rs, n) -> new DutyRules.Booked(rs.getLong("user_id"), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant()))
			.list();
		DutyRules.nobodyIsOnTwoShiftsAtOnce(startsAt, endsAt, booked).ifPresent(userId -> {
			throw new RuleViolationException("already-on-duty", "userIds[%d]".formatted(people.indexOf(userId)),
					"This person is already on another shift at that time");
		});
	}

	private void setPeople(long shiftId, List<Long> people) {
		jdbc.sql("delete from teams_shift_person where shift_id = :id").param("id", shiftId).update();
		for (Long userId : people.stream().distinct().toList()) {
			jdbc.sql("insert into teams_shift_person (shift_id, user_id) values (:shift, :user)")
				.param("shift", shiftId).param("user", userId).update();
		}
	}

	private List<Long> people(long shiftId) {
		return jdbc.sql("select user_id from teams_shift_person where shift_id = :id order by user_id")
			.param("id", shiftId).query(Long.class).list();
	}

	private Team locked(long teamId) {
		jdbc.sql("select id from teams_team where id = :id for update").param("id", teamId).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("Team", teamId));
		return teams.get(teamId);
	}

	private static void refuse(Optional<DutyRules.Objection> refusal) {
		refusal.ifPresent(r -> {
			throw new InvalidInputException(r.field(), r.code(), r.reason());
		});
	}

}
