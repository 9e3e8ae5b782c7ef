package no.samtale.analytics.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
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

	private final FollowSkips skips;

	InboxFollowing(FollowCursors cursors, InboxMessageFeed feed, MetricsCounting counting,
			ConversationFacts conversations, FollowSkips skips) {
		this.skips = skips;
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
		return round(late, ROUND);
	}

	/** A round of at most {@code max} messages ({@link FailingRounds} narrows it to find one that cannot be counted). */
	@Transactional
	boolean round(LateCommits late, int max) {
		Long cursor = cursors.lock(FEED, feed::last);
		if (cursor == null) {
			return false;
		}
		List<Logged> settled = late.settled(cursor, feed.after(cursor, max), Logged::id, System.nanoTime());
		if (settled.isEmpty()) {
			return false;
		}
		List<Logged> citizens = settled.stream().filter(Logged::citizen).toList();
		counting.countFollowed(citizens);
		conversations.followed(citizens);
		cursors.advance(FEED, settled.get(settled.size() - 1).id());
		return settled.size() == max;
	}

	/**
	 * Passes the next settled message without counting it, recorded with the kind of failure that stopped it (the
	 * exception's class: its message may quote the row), so that one row nobody can count does not stop counting
	 * for every message after it. Answers the message's id, or null when there was nothing to pass.
	 */
	@Transactional
	@Nullable Long skipNext(LateCommits late, String failure) {
		Long cursor = cursors.lock(FEED, feed::last);
		if (cursor == null) {
			return null;
		}
		List<Long> settled = late.settled(cursor, feed.idsAfter(cursor, 1), Long::longValue, System.nanoTime());
		if (settled.isEmpty()) {
			return null;
		}
		long id = settled.get(0);
		skips.record(FEED, id, failure);
		cursors.advance(FEED, id);
		return id;
	}

}
