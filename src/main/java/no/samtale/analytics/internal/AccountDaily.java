package no.samtale.analytics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import no.samtale.channels.Figures;

/**
 * An account's figures day by day: the counters analytics kept, with the platform's own followers and reach where
 * it gives them (figures analytics kept itself, such as the demo's history, come first; else the connector's pulled
 * page figures). Every day of the range up to today has a row, a quiet day with zeros.
 */
@Component
class AccountDaily {

	/** One day. {@code followers} and {@code reach} are null when the platform gave no figure. */
	record Day(LocalDate date, @Nullable Long followers, @Nullable Long reach, int posts, int comments,
			int privateMessages, int repliesSent, int hiddenComments) {
	}

	/** Followers as each platform's figures name them: Meta's, and the other connectors' and Snapchat's import. */
	static final Set<String> FOLLOWERS_METRICS = Set.of("page_follows", "followers");

	/** People reached that day: Meta's unique viewers, LinkedIn's unique impressions, Snapchat's story viewers. */
	static final Set<String> REACH_METRICS = Set.of("page_total_media_view_unique", "unique_impressions",
			"story_viewers");

	private final AccountDayStore store;

	private final Figures figures;

	AccountDaily(AccountDayStore store, Figures figures) {
		this.store = store;
		this.figures = figures;
	}

	List<Day> of(long accountId, DateRange range) {
		LocalDate last = range.to().isAfter(Oslo.today()) ? Oslo.today() : range.to();
		Map<LocalDate, AccountDayStore.AccountDay> kept = new HashMap<>();
		store.between(accountId, range.from(), last).forEach(day -> kept.put(day.date(), day));
		Map<LocalDate, Long> followers = new HashMap<>();
		Map<LocalDate, Long> reach = new HashMap<>();
		if (!last.isBefore(range.from())) {
			for (Figures.Figure figure : figures.of(accountId, range.from(), last)) {
				if (figure.objectKind() != Figures.ObjectKind.PAGE) {
					continue;
				}
				if (FOLLOWERS_METRICS.contains(figure.metric())) {
					followers.put(figure.date(), figure.value());
				}
				else if (REACH_METRICS.contains(figure.metric())) {
					reach.put(figure.date(), figure.value());
				}
			}
		}
		List<Day> days = new ArrayList<>();
		for (LocalDate date = range.from(); !date.isAfter(last); date = date.plusDays(1)) {
			AccountDayStore.AccountDay day = kept.get(date);
			Long follows = day != null && day.followers() != null ? day.followers() : followers.get(date);
			Long reached = day != null && day.reach() != null ? day.reach() : reach.get(date);
			days.add(day == null ? new Day(date, follows, reached, 0, 0, 0, 0, 0)
					: new Day(date, follows, reached, day.posts(), day.comments(), day.privateMessages(),
							day.repliesSent(), day.hiddenComments()));
		}
		return days;
	}

}
