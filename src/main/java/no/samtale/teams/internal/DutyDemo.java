package no.samtale.teams.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samtale.platform.RuleViolationException;
import no.samtale.teams.Team;
import no.samtale.teams.TeamMember;
import no.samtale.teams.TeamOpeningHours;
import no.samtale.teams.TeamRole;
import no.samtale.teams.Teams;

/**
 * In demo mode, rosters the demo's teams for the current week (Norwegian time), at every start: a day that already
 * has a shift for a team is left as it is, so restarts add nothing twice. Weekdays have an early and a late shift of
 * two; a weekend day has one thin shift of one, so the lead's warning shows.
 */
@Component
@Order(30)
class DutyDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DutyDemo.class);

	private static final Pattern PERSON_FIELD = Pattern.compile("userIds\\[(\\d+)]");

	private final Teams teams;

	private final DutyRoster roster;

	private final boolean demo;

	DutyDemo(Teams teams, DutyRoster roster, @Value("${samtale.demo}") boolean demo) {
		this.teams = teams;
		this.roster = roster;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo) {
			return;
		}
		LocalDate monday = LocalDate.now(DutyRules.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		int shifts = 0;
		for (Team team : teams.all()) {
			List<Long> people = team.members().stream()
				.filter(member -> member.role() != TeamRole.EDITOR || team.members().size() < 3)
				.map(TeamMember::userId)
				.toList();
			if (people.isEmpty()) {
				continue;
			}
			for (int d = 0; d < 7; d++) {
				shifts += rosterDay(team, people, monday.plusDays(d), d);
			}
		}
		if (shifts > 0) {
			log.info("Demo: {} shifts rostered for the week of {}", shifts, monday);
		}
	}

	private int rosterDay(Team team, List<Long> people, LocalDate date, int d) {
		var from = date.atStartOfDay(DutyRules.ZONE).toInstant();
		if (!roster.between(team.id(), from, date.plusDays(1).atStartOfDay(DutyRules.ZONE).toInstant()).isEmpty()) {
			return 0;
		}
		TeamOpeningHours.Hours open = roster.openOn(team.id(), date).orElse(null);
		if (open == null) {
			return 0;
		}
		LocalTime opens = open.opens().isBefore(LocalTime.of(8, 0)) ? LocalTime.of(8, 0) : open.opens();
		LocalTime closes = open.closes().isAfter(LocalTime.of(22, 0)) ? LocalTime.of(22, 0) : open.closes();
		long first = people.get(d % people.size());
		if (date.getDayOfWeek().getValue() >= 6) {
			return plan(team, date, opens.isBefore(LocalTime.of(10, 0)) ? LocalTime.of(10, 0) : opens,
					closes.isAfter(LocalTime.of(16, 0)) ? LocalTime.of(16, 0) : closes, List.of(first));
		}
		LocalTime middle = opens.plusMinutes(opens.until(closes, java.time.temporal.ChronoUnit.MINUTES) / 2);
		List<Long> early = pair(people, d);
		List<Long> late = pair(people, d + 1);
		return plan(team, date, opens, middle, early) + plan(team, date, middle, closes, late);
	}

	private static List<Long> pair(List<Long> people, int from) {
		List<Long> pair = new ArrayList<>();
		pair.add(people.get(from % people.size()));
		if (people.size() > 1) {
			pair.add(people.get((from + 1) % people.size()));
		}
		return pair;
	}

	/** Plans a shift, leaving out anyone already on another team's shift then; answers 1 if one was planned. */
	private int plan(Team team, LocalDate date, LocalTime starts, LocalTime ends, List<Long> people) {
		List<Long> left = new ArrayList<>(people);
		while (!left.isEmpty()) {
			try {
				roster.add(team.id(), date, starts, ends, left, left.get(0));
				return 1;
			}
			catch (RuleViolationException refused) {
				Matcher person = PERSON_FIELD.matcher(String.valueOf(refused.field()));
				if (!person.matches()) {
					return 0;
				}
				left.remove(Integer.parseInt(person.group(1)));
			}
		}
		return 0;
	}

}
