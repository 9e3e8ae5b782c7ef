package no.samtale.channels.internal.snapchat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.teams.Teams;

/**
 * A manual channel's log of conversations held in its app, and its figures imported from CSV; for the account's team
 * and admins.
 */
@RestController
class ManualChannelController {

	private final ManualLog log;

	private final FigureImport figures;

	private final Accounts accounts;

	private final Teams teams;

	ManualChannelController(ManualLog log, FigureImport figures, Accounts accounts, Teams teams) {
		this.log = log;
		this.figures = figures;
		this.accounts = accounts;
		this.teams = teams;
	}

	record LogForm(@NotBlank @Size(max = 200) String topic, @NotBlank @Size(max = 2000) String replySummary,
			@NotNull LocalDate heldOn) {
	}

	record LogEntryView(long id, String topic, String replySummary, LocalDate heldOn, Instant createdAt) {
	}

	record CsvForm(@NotBlank @Size(max = 200_000) String csv) {
	}

	record Imported(int figures) {
	}

	@PostMapping("/api/v1/channels/accounts/{id}/manual-log")
	@ResponseStatus(HttpStatus.CREATED)
	LogEntryView add(@PathVariable long id, @Valid @RequestBody LogForm form, CurrentUser user) {
		Account account = allowed(id, user);
		long entry = log.log(account.id(), form.topic(), form.replySummary(), form.heldOn(), user.id());
		return list(id, user).stream().filter(e -> e.id() == entry).findFirst().orElseThrow();
	}

	@GetMapping("/api/v1/channels/accounts/{id}/manual-log")
	List<LogEntryView> list(@PathVariable long id, CurrentUser user) {
		allowed(id, user);
		return log.recent(id, 200).stream()
			.map(e -> new LogEntryView(e.id(), e.topic(), e.replySummary(), e.heldOn(), e.createdAt()))
			.toList();
	}

	/** Imports {@code date,metric,value} lines (story_views, story_viewers, followers, snaps_received). */
	@PostMapping("/api/v1/channels/accounts/{id}/figures/import")
	Imported importFigures(@PathVariable long id, @Valid @RequestBody CsvForm form, CurrentUser user) {
		Account account = allowed(id, user);
		return new Imported(figures.store(account, FigureImport.parse(form.csv())));
	}

	private Account allowed(long id, CurrentUser user) {
		Account account = accounts.get(id);
		if (!user.hasRole(Role.ADMIN) && !teams.isMember(account.teamId(), user.id())) {
			throw new ForbiddenException("Only the account's team and admins");
		}
		return account;
	}

}
