package no.samtale.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.identity.CurrentUser;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * The figures, as JSON for the pages and as CSV or XLSX exports with the same numbers (small personal counts
 * suppressed in exports, see {@link Suppression}). Every export is written to the access log.
 */
@RestController
class AnalyticsController {

	record DailyView(long accountId, String accountName, LocalDate from, LocalDate to, List<AccountDaily.Day> items) {
	}

	record ServiceView(long teamId, String teamName, LocalDate from, LocalDate to, int replies, int advisors,
			@Nullable Double repliesPerAdvisor, @Nullable Long firstResponseP50Seconds,
			@Nullable Long firstResponseP90Seconds, @Nullable Long approvalWaitP50Seconds,
			@Nullable Long approvalWaitP90Seconds, @Nullable Double slaHitRate, int measuredAgainstTarget, int closed,
			@Nullable Long timeToCloseP50Seconds, @Nullable Long timeToCloseP90Seconds, List<ServiceChannel> channels) {
	}

	/** One of the team's accounts: its replies and the first-response wait (for a web chat: the queue's wait). */
	record ServiceChannel(long accountId, String accountName, String platform, int replies,
			@Nullable Long waitP50Seconds, @Nullable Long waitP90Seconds) {
	}

	record ScopeAccount(long id, String name, String platform, long teamId) {
	}

	record ScopeTeam(long id, String name) {
	}

	record ScopeView(List<ScopeAccount> accounts, List<ScopeTeam> teams) {
	}

	static final List<String> DAILY_HEADER = List.of("date", "followers", "reach", "posts", "comments",
			"privateMessages", "repliesSent", "hiddenComments");

	static final List<String> SERVICE_HEADER = List.of("from", "to", "replies", "advisors", "repliesPerAdvisor",
			"firstResponseP50Seconds", "firstResponseP90Seconds", "approvalWaitP50Seconds", "approvalWaitP90Seconds",
			"slaHitRate", "closed", "timeToCloseP50Seconds", "timeToCloseP90Seconds");

	private final AnalyticsAccess access;

	private final AccountDaily daily;

	private final TeamServiceFigures serviceFigures;

	private final Downloads downloads;

	private final Accounts accounts;

	private final Teams teams;

	AnalyticsController(AnalyticsAccess access, AccountDaily daily, TeamServiceFigures serviceFigures,
			Downloads downloads, Accounts accounts, Teams teams) {
		this.access = access;
		this.daily = daily;
		this.serviceFigures = serviceFigures;
		this.downloads = downloads;
		this.accounts = accounts;
		this.teams = teams;
	}

	/** The accounts and teams whose figures the caller may read, for the pages' pickers. */
	@GetMapping("/api/v1/analytics/scope")
	ScopeView scope(CurrentUser user) {
		List<ScopeAccount> readable = accounts.all()
			.stream()
			.filter(account -> access.mayRead(account, user))
			.map(account -> new ScopeAccount(account.id(), account.name(), account.platform().name(),
					account.teamId()))
			.toList();
		List<ScopeTeam> readableTeams = new ArrayList<>();
		for (Team team : teams.all()) {
			try {
				access.team(team.id(), user);
				readableTeams.add(new ScopeTeam(team.id(), team.name()));
			}
			catch (no.samtale.platform.NotFoundException hidden) {
				// not the caller's team
			}
		}
		return new ScopeView(readable, readableTeams);
	}

	@ApiResponse(responseCode = "200", description = "The figures; CSV or XLSX with format=csv|xlsx",
			content = { @Content(mediaType = "application/json", schema = @Schema(implementation = DailyView.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = Exports.XLSX, schema = @Schema(type = "string", format = "binary")) })
	@GetMapping(value = "/api/v1/analytics/accounts/{id}/daily",
			produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv", Exports.XLSX })
	ResponseEntity<?> daily(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String format,
			CurrentUser user) {
		String kind = Downloads.format(format);
		DateRange range = DateRange.parse(from, to);
		Account account = access.account(id, user);
		List<AccountDaily.Day> days = daily.of(id, range);
		if (kind.equals("json")) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(new DailyView(id, account.name(), range.from(), range.to(), days));
		}
		List<List<Object>> rows = days.stream().map(AnalyticsController::exportRow).toList();
		return downloads.export(user, kind,
				new Downloads.Subject("analytics-account-daily", String.valueOf(id),
						"daily figures " + range.from() + " to " + range.to(),
						"samtale-account-" + id + "-" + range.from() + "-" + range.to()),
				"daily", DAILY_HEADER, rows);
	}

	@ApiResponse(responseCode = "200", description = "The team's service; CSV or XLSX with format=csv|xlsx",
			content = { @Content(mediaType = "application/json", schema = @Schema(implementation = ServiceView.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = Exports.XLSX, schema = @Schema(type = "string", format = "binary")) })
	@GetMapping(value = "/api/v1/analytics/teams/{id}/service",
			produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv", Exports.XLSX })
	ResponseEntity<?> service(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String format,
			CurrentUser user) {
		String kind = Downloads.format(format);
		DateRange range = DateRange.parse(from, to);
		Team team = access.team(id, user);
		TeamServiceFigures.Figures figures = serviceFigures.of(id, range.from(), range.to());
		ReplyFacts.Service service = figures.service();
		Double perAdvisor = service.advisors() == 0 ? null
				: Math.round(10.0 * service.replies() / service.advisors()) / 10.0;
		Double hitRate = service.measured() == 0 ? null
				: Math.round(1000.0 * service.withinTarget() / service.measured()) / 1000.0;
		ConversationFacts.Closing closing = figures.closing();
		List<ServiceChannel> channels = figures.channels()
			.stream()
			.map(c -> accounts.find(c.accountId())
				.map(a -> new ServiceChannel(a.id(), a.name(), a.platform().name(), c.replies(), c.waitP50Seconds(),
						c.waitP90Seconds()))
				.orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList();
		ServiceView view = new ServiceView(id, team.name(), range.from(), range.to(), service.replies(),
				service.advisors(), perAdvisor, service.firstResponseP50(), service.firstResponseP90(),
				service.approvalWaitP50(), service.approvalWaitP90(), hitRate, service.measured(), closing.closed(),
				closing.p50Seconds(), closing.p90Seconds(), channels);
		if (kind.equals("json")) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
		}
		// Replies per advisor describes people when the team is tiny: fewer than five replies are suppressed.
		List<Object> row = new ArrayList<>(List.of(range.from().toString(), range.to().toString(), view.replies(),
				view.advisors()));
		row.add(view.replies() > 0 && view.replies() < Suppression.THRESHOLD ? Suppression.SUPPRESSED
				: view.repliesPerAdvisor());
		row.add(view.firstResponseP50Seconds());
		row.add(view.firstResponseP90Seconds());
		row.add(view.approvalWaitP50Seconds());
		row.add(view.approvalWaitP90Seconds());
		row.add(view.slaHitRate());
		row.add(view.closed());
		row.add(view.timeToCloseP50Seconds());
		row.add(view.timeToCloseP90Seconds());
		return downloads.export(user, kind,
				new Downloads.Subject("analytics-team-service", String.valueOf(id),
						"service figures " + range.from() + " to " + range.to(),
						"samtale-team-" + id + "-" + range.from() + "-" + range.to()),
				"service", SERVICE_HEADER, List.of(row));
	}

	static List<Object> exportRow(AccountDaily.Day day) {
		List<Object> row = new ArrayList<>();
		row.add(day.date().toString());
		row.add(day.followers());
		row.add(day.reach());
		row.add(day.posts());
		row.add(day.comments());
		row.add(Suppression.personal(day.privateMessages()));
		row.add(day.repliesSent());
		row.add(Suppression.personal(day.hiddenComments()));
		return row;
	}

}
