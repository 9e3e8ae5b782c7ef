package no.samtale.analytics.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.inbox.InboxMessageFeed;
import no.samtale.inbox.InboxMessageFeed.Logged;

/**
 * One round of counting the inbox's messages from its feed ({@link InboxMessageFeed}) instead of a listener
 * transaction per message: the cursor row locked, the settled messages after it read ({@link LateCommits}), their
 * comments and private messages counted per account and Norwegian day ({@link MetricsCounting#countFollowed}), the
 * conversations they open or reopen recorded ({@link ConversationFacts#followed}), and the cursor moved past them,
 * all in one transaction. So a message is counted exactly once: a crash before the commit undoes the counts with
 * the cursor, and another node cannot lock the cursor meanwhile.
 */
@Component
class InboxFollowing {

	static final String FEED = "inbox-messages";

	/** Messages read per round; a follower that fell behind catches up in rounds of this size. */
	static final int ROUND = 1000;

	private final FollowCursors cursors;

	private final InboxMessageFeed feed;

	private final MetricsCounting counting;

	private final ConversationFacts conversations;

	InboxFollowing(FollowCursors cursors, InboxMessageFeed feed, MetricsCounting counting,
			ConversationFacts conversations) {
		this.cursors = cursors;
		this.feed = feed;
		this.counting = counting;
		this.conversations = conversations;
	}

	/**
	 * Counts what is settled after the cursor, in the caller's transaction or one of its own. Answers whether more may
	 * be waiting now (a full round was counted), so the loop goes on at once.
	 */
	@Transactional
	boolean round(LateCommits late) {
		Long cursor = cursors.lock(FEED, feed::last);
		if (cursor == null) {
			return false;
		}
		List<Logged> read = feed.after(cursor, ROUND);
		List<Logged> settled = late.settled(cursor, read, Logged::id, System.nanoTime());
		if (settled.isEmpty()) {
			return false;
		}
		List<Logged> citizens = settled.stream().filter(Logged::citizen).toList();
		counting.countFollowed(citizens);
		conversations.followed(citizens);
		cursors.advance(FEED, settled.get(settled.size() - 1).id());
		return settled.size() == ROUND;
	}

}
