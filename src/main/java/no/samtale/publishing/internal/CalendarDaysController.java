package no.samtale.publishing.internal;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;
import no.samtale.publishing.internal.CalendarDays.CalendarDaysView;
import no.samtale.publishing.internal.CalendarQueries.Page;
import no.samtale.publishing.internal.PostViews.PostView;

/**
 * The calendar as its pages read it: the month and week views ask {@code /calendar/days} (per day the counts and the
 * first few posts), the list view and a day's "N more" page through {@code /calendar/posts}. Same period (at most 93
 * Norwegian days) and filters as {@code /calendar}.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class CalendarDaysController {

	private final CalendarScopes scopes;

	private final CalendarDays days;

	private final CalendarQueries queries;

	private final PostViews views;

	CalendarDaysController(CalendarScopes scopes, CalendarDays days, CalendarQueries queries, PostViews views) {
		this.scopes = scopes;
		this.days = days;
		this.queries = queries;
		this.views = views;
	}

	/** {@code perDay}: how many posts each day lists (0 to 20, 5 unless given; 0: the counts alone). */
	@GetMapping("/api/v1/publishing/calendar/days")
	CalendarDaysView days(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) @Nullable Long accountId, @RequestParam(required = false) @Nullable Long themeId,
			@RequestParam(required = false) @Nullable Long authorId, @RequestParam(required = false) @Nullable Integer perDay,
			CurrentUser user) {
		int shown = CalendarDays.perDay(perDay);
		return days.view(scopes.of(from, to, accountId, themeId, authorId, user), shown);
	}

	/** The period's posts with their full views, in time order, a page at a time (20 unless {@code size}, at most 200). */
	@GetMapping("/api/v1/publishing/calendar/posts")
	PageResponse<PostView> posts(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) @Nullable Long accountId, @RequestParam(required = false) @Nullable Long themeId,
			@RequestParam(required = false) @Nullable Long authorId, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, CurrentUser user) {
		PageQuery query = PageQuery.of(page, size);
		Page found = queries.page(scopes.of(from, to, accountId, themeId, authorId, user), query);
		return PageResponse.of(views.of(found.posts(), user), query, found.total());
	}

}
