package no.samtale.publishing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Platform;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.publishing.Post;
import no.samtale.publishing.internal.Calendar.DayCount;
import no.samtale.publishing.internal.PostViews.PostView;
import no.samtale.teams.Teams;

/**
 * The editorial calendar of the caller's teams' accounts between two days (Norwegian time, both included, at most
 * 93 days), filtered by account, theme and author, with each account's daily target and the days under it.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class CalendarController {

	record CalendarAccount(long id, String name, Platform platform, int dailyTarget) {
	}

	record CalendarView(LocalDate from, LocalDate to, List<CalendarAccount> accounts, List<PostView> posts,
			List<DayCount> days) {
	}

	record DailyTargetRequest(@Nullable Integer dailyTarget) {
	}

	private final Accounts accounts;

	private final CalendarScopes scopes;

	private final CalendarDays days;

	private final PostStore store;

	private final PostViews views;

	private final Calendar calendar;

	private final Teams teams;

	CalendarController(Accounts accounts, CalendarScopes scopes, CalendarDays days, PostStore store, PostViews views,
			Calendar calendar, Teams teams) {
		this.accounts = accounts;
		this.scopes = scopes;
		this.days = days;
		this.store = store;
		this.views = views;
		this.calendar = calendar;
		this.teams = teams;
	}

	/**
	 * Every post of the period with its full view: kept for API clients that read whole periods. The month and week
	 * views ask {@code /calendar/days} (counts and the first posts of each day) and {@code /calendar/posts} (a page).
	 */
	@GetMapping("/api/v1/publishing/calendar")
	CalendarView calendar(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) @Nullable Long accountId, @RequestParam(required = false) @Nullable Long themeId,
			@RequestParam(required = false) @Nullable Long authorId, CurrentUser user) {
		CalendarScope scope = scopes.of(from, to, accountId, themeId, authorId, user);
		Map<Long, Integer> targets = calendar.targets(scope.accountIds());
		List<Post> posts = store.between(scope.accountIds(), scope.starts(), scope.ends())
			.stream()
			.filter(post -> themeId == null || themeId.equals(post.themeId()))
			.filter(post -> authorId == null || post.authorId() == authorId)
			.toList();
		// The targets count every post of the day, whatever the filters: counted in the database, not read twice.
		List<DayCount> days = scope.filtered() ? this.days.targetDays(scope, targets)
				: Calendar.days(from, to, targets, posts);
		return new CalendarView(from, to, CalendarDays.accounts(scope.accounts(), targets), views.of(posts, user), days);
	}

	/** Sets how many posts a day the account should have (0: no target). */
	@PutMapping("/api/v1/publishing/accounts/{accountId}/daily-target")
	CalendarAccount target(@PathVariable long accountId, @RequestBody DailyTargetRequest request, CurrentUser user) {
		Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
		if (!user.hasRole(Role.ADMIN) && !teams.isMember(account.teamId(), user.id())) {
			throw new ForbiddenException("Only the account's team sets its target");
		}
		if (request.dailyTarget() == null || request.dailyTarget() < 0 || request.dailyTarget() > 50) {
			throw new InvalidInputException("dailyTarget", "Must be from 0 to 50");
		}
		calendar.setTarget(accountId, request.dailyTarget());
		return new CalendarAccount(account.id(), account.name(), account.platform(), request.dailyTarget());
	}

}
