package no.samtale.publishing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.publishing.internal.ThemeStore;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/** The yearly wheel of each team: its recurring themes, kept by the team's own members (and admins). */
@Service
public class Themes {

	/** What an editor gives for a theme; checked field by field. */
	public record ThemeInput(@Nullable Long teamId, @Nullable Integer year, @Nullable String title,
			@Nullable String description, @Nullable List<String> keyMessages, @Nullable List<String> links,
			@Nullable List<Long> accountIds, @Nullable String periodUnit, @Nullable Integer periodFrom,
			@Nullable Integer periodTo) {
	}

	private final ThemeStore store;

	private final Teams teams;

	private final Accounts accounts;

	Themes(ThemeStore store, Teams teams, Accounts accounts) {
		this.store = store;
		this.teams = teams;
		this.accounts = accounts;
	}

	/** The teams whose wheel the caller sees: their own, or all for an admin. */
	public List<Long> teamsOf(CurrentUser user) {
		return user.hasRole(Role.ADMIN) ? teams.all().stream().map(Team::id).toList() : teams.teamIdsOf(user.id());
	}

	public List<Theme> wheel(CurrentUser user, int year) {
		return store.of(teamsOf(user), year);
	}

	public Theme get(long id, CurrentUser user) {
		Theme theme = store.find(id).orElseThrow(() -> new NotFoundException("Theme", id));
		if (!teamsOf(user).contains(theme.teamId())) {
			throw new NotFoundException("Theme", id);
		}
		return theme;
	}

	@Transactional
	public Theme create(ThemeInput input, CurrentUser user) {
		Theme theme = checked(0, input, user);
		return store.find(store.insert(theme)).orElseThrow();
	}

	@Transactional
	public Theme update(long id, ThemeInput input, CurrentUser user) {
		Theme existing = get(id, user);
		Theme theme = checked(id, new ThemeInput(existing.teamId(), input.year(), input.title(), input.description(),
				input.keyMessages(), input.links(), input.accountIds(), input.periodUnit(), input.periodFrom(),
				input.periodTo()), user);
		store.update(theme);
		return store.find(id).orElseThrow();
	}

	@Transactional
	public void delete(long id, CurrentUser user) {
		get(id, user);
		store.delete(id);
	}

	/**
	 * Copies a team's themes of one year into the next, as that year's own: the yearly ones need no copy (they come
	 * back by themselves), so only those kept for {@code year} alone are copied. Answers the copies.
	 */
	@Transactional
	public List<Theme> copyForward(long teamId, int year, CurrentUser user) {
		mayPlanFor(teamId, user);
		List<Theme> copies = new ArrayList<>();
		for (Theme theme : store.of(List.of(teamId), year)) {
			if (theme.year() != null && theme.year() == year) {
				Theme copy = new Theme(0, teamId, year + 1, theme.title(), theme.description(), theme.keyMessages(),
						theme.links(), theme.accountIds(), theme.period());
				copies.add(store.find(store.insert(copy)).orElseThrow());
			}
		}
		return copies;
	}

	/** A team's themes of a year (the yearly ones and that year's own), for export. */
	public List<Theme> ofTeam(long teamId, int year, CurrentUser user) {
		mayPlanFor(teamId, user);
		return store.of(List.of(teamId), year);
	}

	/**
	 * Adds many themes to a team's wheel at once (an imported file), all or none: the first theme that cannot be
	 * taken is refused naming its line ({@code csv[<line>].<field>}; line 1 is the header) and nothing is added.
	 */
	@Transactional
	public List<Theme> importAll(long teamId, List<ThemeInput> inputs, CurrentUser user) {
		mayPlanFor(teamId, user);
		List<Theme> made = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			try {
				made.add(store.find(store.insert(checked(0, inputs.get(i), user))).orElseThrow());
			}
			catch (InvalidInputException e) {
				throw new InvalidInputException("csv[" + (i + 2) + "]." + e.field(), "Line " + (i + 2) + ": " + e.getMessage());
			}
		}
		return made;
	}

	private Theme checked(long id, ThemeInput input, CurrentUser user) {
		if (input.teamId() == null) {
			throw new InvalidInputException("teamId", "Must be given");
		}
		if (teams.find(input.teamId()).isEmpty()) {
			throw new InvalidInputException("teamId", "No such team");
		}
		mayPlanFor(input.teamId(), user);
		if (input.year() != null && (input.year() < 2000 || input.year() > 2100)) {
			throw new InvalidInputException("year", "Must be from 2000 to 2100, or left out for every year");
		}
		String title = text("title", input.title(), 200, true);
		String description = text("description", input.description(), 4000, false);
		List<String> keyMessages = lines("keyMessages", input.keyMessages(), 500);
		List<String> links = lines("links", input.links(), 2000);
		for (int i = 0; i < links.size(); i++) {
			if (!links.get(i).startsWith("https://") && !links.get(i).startsWith("http://")) {
				throw new InvalidInputException("links[" + i + "]", "Must be an http or https address");
			}
		}
		List<Long> accountIds = input.accountIds() == null ? List.of() : List.copyOf(input.accountIds());
		for (int i = 0; i < accountIds.size(); i++) {
			Account account = accounts.find(accountIds.get(i)).orElse(null);
			if (account == null || account.teamId() != input.teamId()) {
				throw new InvalidInputException("accountIds[" + i + "]", "Not an account of the team");
			}
		}
		ThemePeriod period = ThemePeriod.of(input.periodUnit(), input.periodFrom(), input.periodTo());
		return new Theme(id, input.teamId(), input.year(), title, description, keyMessages, links, accountIds, period);
	}

	private void mayPlanFor(long teamId, CurrentUser user) {
		if (!user.hasRole(Role.ADMIN) && !teams.isMember(teamId, user.id())) {
			throw new ForbiddenException("Only the team's members plan its year");
		}
	}

	private static String text(String field, @Nullable String value, int max, boolean required) {
		String stripped = value == null ? "" : value.strip();
		if (required && stripped.isEmpty()) {
			throw new InvalidInputException(field, "Must not be empty");
		}
		if (stripped.length() > max) {
			throw new InvalidInputException(field, "At most " + max + " characters");
		}
		return stripped;
	}

	private static List<String> lines(String field, @Nullable List<String> values, int max) {
		if (values == null) {
			return List.of();
		}
		List<String> kept = new ArrayList<>();
		int total = 0;
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i) == null ? "" : values.get(i).strip().replace('\n', ' ');
			if (value.length() > max) {
				throw new InvalidInputException(field + "[" + i + "]", "At most " + max + " characters");
			}
			total += value.length() + 1;
			if (!value.isEmpty()) {
				kept.add(value);
			}
		}
		if (total > 4000) {
			throw new InvalidInputException(field, "At most 4000 characters in all");
		}
		return kept;
	}

}
