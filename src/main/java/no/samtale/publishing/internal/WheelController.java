package no.samtale.publishing.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Platform;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;
import no.samtale.publishing.Theme;
import no.samtale.publishing.ThemePeriod;
import no.samtale.publishing.Themes;
import no.samtale.publishing.Themes.ThemeInput;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/** The yearly wheel (årshjul) of the caller's teams, and its themes kept by the team's members. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class WheelController {

	record ThemeAccount(long id, String name, Platform platform) {
	}

	/** {@code startsOn}/{@code endsOn}: the period's days in the asked year (Norwegian calendar days). */
	record ThemeView(long id, long teamId, String teamName, @Nullable Integer year, String title, String description,
			List<String> keyMessages, List<String> links, List<ThemeAccount> accounts, ThemePeriod period,
			LocalDate startsOn, LocalDate endsOn) {
	}

	record Wheel(int year, List<ThemeView> themes) {
	}

	private final Themes themes;

	private final Teams teams;

	private final Accounts accounts;

	WheelController(Themes themes, Teams teams, Accounts accounts) {
		this.themes = themes;
		this.teams = teams;
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/publishing/wheel")
	Wheel wheel(@RequestParam int year, CurrentUser user) {
		checkYear(year);
		return new Wheel(year, views(themes.wheel(user, year), year));
	}

	@PostMapping("/api/v1/publishing/themes")
	@ResponseStatus(HttpStatus.CREATED)
	ThemeView create(@RequestBody ThemeInput input, CurrentUser user) {
		Theme theme = themes.create(input, user);
		return view(theme, theme.year() == null ? LocalDate.now(Calendar.OSLO).getYear() : theme.year());
	}

	@PutMapping("/api/v1/publishing/themes/{id}")
	ThemeView update(@PathVariable long id, @RequestBody ThemeInput input, CurrentUser user) {
		Theme theme = themes.update(id, input, user);
		return view(theme, theme.year() == null ? LocalDate.now(Calendar.OSLO).getYear() : theme.year());
	}

	@DeleteMapping("/api/v1/publishing/themes/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, CurrentUser user) {
		themes.delete(id, user);
	}

	/** Copies the team's themes kept for {@code year} alone into the next year. */
	@PostMapping("/api/v1/publishing/teams/{teamId}/wheel/{year}/copy-forward")
	Wheel copyForward(@PathVariable long teamId, @PathVariable int year, CurrentUser user) {
		checkYear(year);
		return new Wheel(year + 1, views(themes.copyForward(teamId, year, user), year + 1));
	}

	/** The team's wheel of a year as CSV, for a spreadsheet. */
	@GetMapping("/api/v1/publishing/teams/{teamId}/wheel/{year}/csv")
	ResponseEntity<String> exportCsv(@PathVariable long teamId, @PathVariable int year, CurrentUser user) {
		checkYear(year);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"arshjul-" + teamId + "-" + year + ".csv\"")
			.body(ThemeCsv.write(themes.ofTeam(teamId, year, user)));
	}

	/** Adds the themes of a CSV file (as exported) to the team's wheel, all or none. */
	@PostMapping(value = "/api/v1/publishing/teams/{teamId}/wheel/csv", consumes = { "text/csv", "text/plain" })
	@ResponseStatus(HttpStatus.CREATED)
	Wheel importCsv(@PathVariable long teamId, @RequestBody String csv, CurrentUser user) {
		int year = LocalDate.now(Calendar.OSLO).getYear();
		return new Wheel(year, views(themes.importAll(teamId, ThemeCsv.read(csv, teamId), user), year));
	}

	private static void checkYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("year", "Must be from 2000 to 2100");
		}
	}

	private List<ThemeView> views(List<Theme> list, int year) {
		return list.stream().map(theme -> view(theme, year)).toList();
	}

	private ThemeView view(Theme theme, int year) {
		Map<Long, ThemeAccount> refs = new HashMap<>();
		List<ThemeAccount> themeAccounts = theme.accountIds().stream().map(id -> refs.computeIfAbsent(id, key -> {
			Account account = accounts.find(key).orElse(null);
			return account == null ? new ThemeAccount(key, "?", Platform.BLOG)
					: new ThemeAccount(key, account.name(), account.platform());
		})).toList();
		String teamName = teams.find(theme.teamId()).map(Team::name).orElse("");
		return new ThemeView(theme.id(), theme.teamId(), teamName, theme.year(), theme.title(), theme.description(),
				theme.keyMessages(), theme.links(), themeAccounts, theme.period(), theme.period().startsIn(year),
				theme.period().endsIn(year));
	}

}
