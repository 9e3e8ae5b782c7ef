package no.samtale.teams.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.teams.Duty;
import no.samtale.teams.Team;
import no.samtale.teams.TeamOpeningHours;
import no.samtale.teams.TeamRole;
import no.samtale.teams.Teams;

/**
 * A team's duty roster: its members read it, its lead (or an admin) plans it. Days and times are Norwegian
 * ({@code zone} in every answer), so a client abroad reads them right.
 */
@RestController
class DutyController {

	record ShiftView(long id, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime starts,
			@JsonFormat(pattern = "HH:mm") LocalTime ends, List<Person> people, boolean understaffed) {
	}

	record DayView(LocalDate date, @Nullable @JsonFormat(pattern = "HH:mm") LocalTime opens,
			@Nullable @JsonFormat(pattern = "HH:mm") LocalTime closes) {
	}

	record WeekView(long teamId, String teamName, String zone, LocalDate from, LocalDate to, List<DayView> days,
			List<ShiftView> shifts, List<Person> onDutyNow, List<Person> members, int understaffedShifts,
			boolean canPlan) {
	}

	record NowView(long teamId, String teamName, List<Person> onDuty, boolean understaffed, boolean lead,
			int understaffedShiftsThisWeek) {
	}

	record NewShift(@NotNull LocalDate date, @NotNull @JsonFormat(pattern = "HH:mm") LocalTime starts,
			@NotNull @JsonFormat(pattern = "HH:mm") LocalTime ends, @NotNull @Size(max = 50) List<Long> userIds) {
	}

	record Staffing(@NotNull @Size(max = 50) List<Long> userIds) {
	}

	private final DutyRoster roster;

	private final Duty duty;

	private final Teams teams;

	private final Users users;

	DutyController(DutyRoster roster, Duty duty, Teams teams, Users users) {
		this.roster = roster;
		this.duty = duty;
		this.teams = teams;
		this.users = users;
	}

	@GetMapping("/api/v1/teams/{id}/duty")
	WeekView week(@PathVariable long id, @RequestParam(required = false) String week, CurrentUser user) {
		Team team = readable(id, user);
		LocalDate monday = day(week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Instant from = monday.atStartOfDay(DutyRules.ZONE).toInstant();
		Instant to = monday.plusDays(7).atStartOfDay(DutyRules.ZONE).toInstant();
		List<DutyRoster.Shift> shifts = roster.between(id, from, to);
		List<DayView> days = new ArrayList<>();
		for (int d = 0; d < 7; d++) {
			LocalDate date = monday.plusDays(d);
			TeamOpeningHours.Hours open = roster.openOn(id, date).orElse(null);
			days.add(new DayView(date, open == null ? null : open.opens(), open == null ? null : open.closes()));
		}
		List<Long> now = duty.onDuty(id, Instant.now());
		Map<Long, Person> people = users.people(team.memberIds());
		return new WeekView(id, team.name(), DutyRules.ZONE.getId(), monday, monday.plusDays(6), days,
				shifts.stream().map(shift -> view(shift, people)).toList(), persons(now, people),
				persons(team.memberIds(), people), (int) shifts.stream().filter(DutyRoster.Shift::understaffed).count(),
				mayPlan(team, user));
	}

	/** Who is on duty now in each of the caller's teams, for the inbox header; leads also hear of thin shifts. */
	@GetMapping("/api/v1/teams/duty/now")
	List<NowView> now(CurrentUser user) {
		Instant at = Instant.now();
		LocalDate today = LocalDate.now(DutyRules.ZONE);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<NowView> views = new ArrayList<>();
		for (Long teamId : teams.teamIdsOf(user.id())) {
			Team team = teams.get(teamId);
			boolean lead = roster.leads(team).contains(user.id());
			List<Long> onDuty = duty.onDuty(teamId, at);
			int thin = lead ? (int) roster.between(teamId, at, monday.plusDays(7).atStartOfDay(DutyRules.ZONE).toInstant())
				.stream().filter(DutyRoster.Shift::understaffed).count() : 0;
			views.add(new NowView(teamId, team.name(), persons(onDuty, users.people(onDuty)),
					!onDuty.isEmpty() && onDuty.size() < DutyRules.TWO, lead, thin));
		}
		return views;
	}

	@PostMapping("/api/v1/teams/{id}/duty/shifts")
	@ResponseStatus(HttpStatus.CREATED)
	ShiftView add(@PathVariable long id, @Valid @RequestBody NewShift request, CurrentUser user) {
		Team team = plannable(id, user);
		return view(roster.add(id, request.date(), request.starts(), request.ends(), request.userIds(), user.id()),
				users.people(team.memberIds()));
	}

	@PutMapping("/api/v1/teams/{id}/duty/shifts/{shiftId}")
	ShiftView staff(@PathVariable long id, @PathVariable long shiftId, @Valid @RequestBody Staffing request,
			CurrentUser user) {
		Team team = plannable(id, user);
		return view(roster.staff(id, shiftId, request.userIds()), users.people(team.memberIds()));
	}

	@DeleteMapping("/api/v1/teams/{id}/duty/shifts/{shiftId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable long id, @PathVariable long shiftId, CurrentUser user) {
		plannable(id, user);
		roster.remove(id, shiftId);
	}

	private Team readable(long id, CurrentUser user) {
		Team team = teams.find(id).orElseThrow(() -> new NotFoundException("Team", id));
		if (!user.hasRole(Role.ADMIN) && !team.hasMember(user.id())) {
			throw new NotFoundException("Team", id);
		}
		return team;
	}

	private Team plannable(long id, CurrentUser user) {
		Team team = readable(id, user);
		if (!mayPlan(team, user)) {
			throw new ForbiddenException("forbidden", "Only the team's lead or an admin plans its duty roster");
		}
		return team;
	}

	private boolean mayPlan(Team team, CurrentUser user) {
		return user.hasRole(Role.ADMIN) || team.members().stream()
			.anyMatch(member -> member.userId() == user.id() && member.role() == TeamRole.LEAD);
	}

	private static ShiftView view(DutyRoster.Shift shift, Map<Long, Person> people) {
		var starts = shift.startsAt().atZone(DutyRules.ZONE);
		var ends = shift.endsAt().atZone(DutyRules.ZONE);
		LocalTime end = ends.toLocalDate().isAfter(starts.toLocalDate()) ? LocalTime.of(23, 59) : ends.toLocalTime();
		return new ShiftView(shift.id(), starts.toLocalDate(), starts.toLocalTime(), end,
				persons(shift.people(), people), shift.understaffed());
	}

	private static List<Person> persons(Collection<Long> ids, Map<Long, Person> people) {
		return ids.stream().filter(people::containsKey).map(people::get).toList();
	}

	private static LocalDate day(String week) {
		if (week == null || week.isBlank()) {
			return LocalDate.now(DutyRules.ZONE);
		}
		try {
			return LocalDate.parse(week);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("week", "A date in the week, as 2026-12-07");
		}
	}

}
