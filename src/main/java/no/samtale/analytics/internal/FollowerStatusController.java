package no.samtale.analytics.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.inbox.InboxMessageFeed;

/**
 * Where analytics' count of the inbox stands, for administrators: the follower's place, the newest message, how many
 * messages it is behind, and the messages it passed without counting (with the kind of failure), newest first.
 */
@RestController
class FollowerStatusController {

	/** The skipped messages listed; the count covers all of them. */
	static final int LISTED = 20;

	record FollowerStatus(@Nullable Long place, long newest, long idsBehind, long skipped, List<FollowSkips.Skip> latestSkips) {
	}

	private final FollowCursors cursors;

	private final InboxMessageFeed feed;

	private final FollowSkips skips;

	FollowerStatusController(FollowCursors cursors, InboxMessageFeed feed, FollowSkips skips) {
		this.cursors = cursors;
		this.feed = feed;
		this.skips = skips;
	}

	@GetMapping("/api/v1/admin/analytics/follower")
	FollowerStatus status() {
		Long place = cursors.place(InboxFollowing.FEED);
		long newest = feed.last();
		return new FollowerStatus(place, newest, place == null ? 0 : Math.max(0, newest - place), skips.count(),
				skips.latest(LISTED));
	}

}
