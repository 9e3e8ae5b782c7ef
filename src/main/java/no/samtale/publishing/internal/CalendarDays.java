package no.samtale.publishing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Account;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.inbox.PlatformPost;
import no.samtale.inbox.PostComments;
import no.samtale.inbox.PostComments.CommentCount;
import no.samtale.publishing.PostStatus;
import no.samtale.publishing.internal.Calendar.DayCount;
import no.samtale.publishing.internal.CalendarController.CalendarAccount;
import no.samtale.publishing.internal.CalendarQueries.Count;
import no.samtale.publishing.internal.CalendarQueries.Opening;
import no.samtale.publishing.internal.PostViews.PostCommentCount;

/**
 * The month and week views of the calendar: per day how many posts there are (by status, and per account against its
 * daily target) and only the first few in compact form, with how many more the day holds. The page fetches a day's
 * other posts when asked ({@code GET /api/v1/publishing/calendar/posts}), so a month of 10,000 posts is a few hundred
 * small entries, not 10,000 full posts. Four statements: counts, first posts, authors, comment counts.
 */
@Component
class CalendarDays {

	/** {@code perDay}: the most posts a day lists in {@code first}; {@code authors}: who wrote posts in the period. */
	record CalendarDaysView(LocalDate from, LocalDate to, int perDay, List<CalendarAccount> accounts,
			List<Person> authors, List<CalendarDay> days) {
	}

	/**
	 * One day. {@code posts}: the posts the filters keep, every status ({@code statuses} splits them); {@code first}:
	 * the earliest of them, at most {@code perDay}; {@code more}: how many are not in {@code first}; {@code accounts}:
	 * each account with posts or a daily target that day.
	 */
	record CalendarDay(LocalDate date, int posts, List<CalendarStatusCount> statuses, List<CalendarAccountDay> accounts,
			List<CalendarEntry> first, int more) {
	}

	record CalendarStatusCount(PostStatus status, int posts) {
	}

	/**
	 * {@code posts}: those that count towards the account's daily target (neither cancelled nor rejected, whatever
	 * the theme and author filters); {@code target} 0: none.
	 */
	record CalendarAccountDay(long accountId, int posts, int target, boolean underTarget) {
	}

	/**
	 * A post as a day of the grid lists it. {@code title}: its first words; {@code image}: whether it has one;
	 * {@code held}: its time has come while it still waits for approval; {@code comments}: as in the full post.
	 */
	record CalendarEntry(long id, long accountId, Instant publishAt, PostStatus status, String title,
			@Nullable Long themeId, @Nullable Long campaignId, boolean image, boolean held,
			@Nullable PostCommentCount comments) {
	}

	static final int MAX_PER_DAY = 20;

	private final CalendarQueries queries;

	private final Calendar calendar;

	private final Users users;

	private final PostComments comments;

	CalendarDays(CalendarQueries queries, Calendar calendar, Users users, PostComments comments) {
		this.queries = queries;
		this.calendar = calendar;
		this.users = users;
		this.comments = comments;
	}

	CalendarDaysView view(CalendarScope scope, int perDay) {
		Map<Long, Integer> targets = calendar.targets(scope.accountIds());
		List<Count> counts = queries.counts(scope);
		List<Opening> openings = queries.firstOfEachDay(scope, perDay);
		Map<PlatformPost, CommentCount> commentCounts = comments.counts(openings.stream()
			.filter(o -> o.externalId() != null)
			.map(o -> new PlatformPost(o.accountId(), o.externalId()))
			.toList());
		Map<LocalDate, List<CalendarEntry>> first = new HashMap<>();
		Instant now = Instant.now();
		openings.forEach(o -> first.computeIfAbsent(o.day(), d -> new ArrayList<>()).add(entry(o, commentCounts, now)));
		Map<LocalDate, List<Count>> byDay = new HashMap<>();
		counts.forEach(c -> byDay.computeIfAbsent(c.day(), d -> new ArrayList<>()).add(c));
		List<CalendarDay> days = scope.days()
			.stream()
			.map(day -> day(day, scope.accounts(), targets, byDay.getOrDefault(day, List.of()),
					first.getOrDefault(day, List.of())))
			.toList();
		List<Person> authors = users.people(queries.authors(scope))
			.values()
			.stream()
			.sorted(java.util.Comparator.comparing(Person::name))
			.toList();
		return new CalendarDaysView(scope.from(), scope.to(), perDay, accounts(scope.accounts(), targets), authors,
				days);
	}

	/** The older calendar's {@code days}: each account with a target on each day, from the same counts. */
	List<DayCount> targetDays(CalendarScope scope, Map<Long, Integer> targets) {
		Map<String, Integer> counted = new HashMap<>();
		queries.counts(scope)
			.stream()
			.filter(c -> countsTowardsTarget(c.status()))
			.forEach(c -> counted.merge(c.accountId() + "@" + c.day(), c.posts(), Integer::sum));
		List<DayCount> days = new ArrayList<>();
		for (LocalDate day : scope.days()) {
			for (Map.Entry<Long, Integer> target : targets.entrySet()) {
				int posts = counted.getOrDefault(target.getKey() + "@" + day, 0);
				days.add(new DayCount(day, target.getKey(), posts, target.getValue(), posts < target.getValue()));
			}
		}
		return days;
	}

	static List<CalendarAccount> accounts(List<Account> accounts, Map<Long, Integer> targets) {
		return accounts.stream()
			.map(account -> new CalendarAccount(account.id(), account.name(), account.platform(),
					targets.getOrDefault(account.id(), 0)))
			.toList();
	}

	private static CalendarDay day(LocalDate day, List<Account> accounts, Map<Long, Integer> targets,
			List<Count> counts, List<CalendarEntry> first) {
		Map<PostStatus, Integer> statuses = new EnumMap<>(PostStatus.class);
		Map<Long, Integer> perAccount = new HashMap<>();
		for (Count count : counts) {
			if (count.shown() > 0) {
				statuses.merge(count.status(), count.shown(), Integer::sum);
			}
			if (countsTowardsTarget(count.status())) {
				perAccount.merge(count.accountId(), count.posts(), Integer::sum);
			}
		}
		int shown = statuses.values().stream().mapToInt(Integer::intValue).sum();
		List<CalendarAccountDay> accountDays = accounts.stream().map(Account::id).filter(id -> perAccount.containsKey(id)
				|| targets.getOrDefault(id, 0) > 0).map(id -> {
					int posts = perAccount.getOrDefault(id, 0);
					int target = targets.getOrDefault(id, 0);
					return new CalendarAccountDay(id, posts, target, posts < target);
				}).toList();
		return new CalendarDay(day, shown,
				statuses.entrySet().stream().map(e -> new CalendarStatusCount(e.getKey(), e.getValue())).toList(), accountDays,
				first, shown - first.size());
	}

	private static CalendarEntry entry(Opening o, Map<PlatformPost, CommentCount> counts, Instant now) {
		PostCommentCount comments = null;
		if (o.externalId() != null) {
			CommentCount count = counts.get(new PlatformPost(o.accountId(), o.externalId()));
			comments = count == null ? new PostCommentCount(0, 0)
					: new PostCommentCount(count.conversations(), count.comments());
		}
		boolean held = o.status() == PostStatus.AWAITING_APPROVAL && !o.publishAt().isAfter(now);
		return new CalendarEntry(o.id(), o.accountId(), o.publishAt(), o.status(), PostTitle.of(o.opening()),
				o.themeId(), o.campaignId(), o.image(), held, comments);
	}

	/** Cancelled and rejected posts do not count towards a daily target. */
	static boolean countsTowardsTarget(PostStatus status) {
		return status != PostStatus.CANCELLED && status != PostStatus.REJECTED;
	}

	static int perDay(@Nullable Integer asked) {
		int perDay = Objects.requireNonNullElse(asked, 5);
		if (perDay < 0 || perDay > MAX_PER_DAY) {
			throw new no.samtale.platform.InvalidInputException("perDay", "Must be from 0 to " + MAX_PER_DAY);
		}
		return perDay;
	}

}
