package no.samtale.analytics.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.samtale.dialogue.DiscussionDeleted;
import no.samtale.dialogue.DiscussionViews;
import no.samtale.platform.ExpiringCache;

/**
 * The forum's monthly report as the dashboard asks it: eight queries over a year of daily rows, posters and
 * questions (some 8,000 rows for the demo's history, 2 % of the server's floor), kept per node for
 * {@link #KEPT_FOR}, or until this node counts a forum event ({@link ForumFactsVersion}), deletes a discussion or
 * counts a view ({@link DiscussionViews#countedHere()}). Everyone who may read it reads the same report, so it is
 * kept once for all of them; a figure may be up to half a minute behind another node's posts and views, and the
 * running month's open escalations behind the clock.
 */
@Component
class ForumReports {

	static final Duration KEPT_FOR = Duration.ofSeconds(30);

	private final ForumMonths months;

	private final ForumFactsVersion version;

	private final DiscussionViews views;

	private final ExpiringCache<String, ForumMonths.ForumReport> kept = new ExpiringCache<>(KEPT_FOR, 1_000);

	ForumReports(ForumMonths months, ForumFactsVersion version, DiscussionViews views) {
		this.months = months;
		this.version = version;
		this.views = views;
	}

	ForumMonths.ForumReport of(List<Long> spaceIds, MonthRange range) {
		// Both numbers are read before the report, so a change made while it is computed keys the next one anew.
		String key = spaceIds + " " + range.from() + " " + range.to() + " " + version.current() + " "
				+ views.countedHere();
		return kept.get(key, any -> months.of(spaceIds, range));
	}

	/** A deleted discussion takes its views, and so readers, out of every month it was read in. */
	@EventListener
	void on(DiscussionDeleted deleted) {
		version.changed();
	}

}
