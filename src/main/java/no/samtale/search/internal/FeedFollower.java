package no.samtale.search.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import no.samtale.platform.BackgroundLoop;
import no.samtale.platform.ClusterSignals;
import no.samtale.platform.ThisNode;

/**
 * Keeps this node's index in step with the change feed: woken by the cluster signal of each change (so another
 * node's change is searchable here well within a second), and at least every {@code samtale.search.follow-every}
 * in case a signal was missed. A node without a place in the feed (new, or forgotten after being away longer than
 * {@code samtale.search.node-forgotten-after}) rebuilds its index from the database. Each node also prunes the
 * changes that every remembered node has read.
 */
@Component
class FeedFollower extends BackgroundLoop {

	/** Changes read per round; a node that fell far behind catches up in rounds of this size. */
	static final int ROUND = 500;

	private static final Duration HEARTBEAT = Duration.ofSeconds(10);

	private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

	private final ChangeFeed changes;

	private final IndexService index;

	private final ThisNode node;

	private final Duration forgottenAfter;

	private long lastHeartbeat;

	private long lastPrune;

	FeedFollower(ChangeFeed changes, IndexService index, ThisNode node, ClusterSignals signals,
			@Value("${samtale.search.follow-every:2s}") Duration every,
			@Value("${samtale.search.node-forgotten-after:10m}") Duration forgottenAfter) {
		super("search-follower", every, Duration.ofSeconds(5), SmartLifecycle.DEFAULT_PHASE);
		this.changes = changes;
		this.index = index;
		this.node = node;
		this.forgottenAfter = forgottenAfter;
		signals.on(ChangeFeed.SIGNAL, seq -> wake());
	}

	@Override
	protected boolean runOnce() {
		Long cursor = changes.cursor(node.name());
		if (cursor == null) {
			// The rebuild sets this node's place when it starts; until then there is nothing to follow.
			if (index.rebuild()) {
				org.slf4j.LoggerFactory.getLogger(FeedFollower.class)
					.info("This node has no place in the search change feed; rebuilding its index from the database");
			}
			return false;
		}
		List<ChangeFeed.Change> round = changes.after(cursor, ROUND);
		long now = System.nanoTime();
		if (!round.isEmpty()) {
			round.forEach(index::follow);
			cursor = round.get(round.size() - 1).seq();
		}
		if (!round.isEmpty() || now - lastHeartbeat > HEARTBEAT.toNanos()) {
			if (!changes.advance(node.name(), cursor)) {
				return false;
			}
			lastHeartbeat = now;
		}
		if (now - lastPrune > PRUNE_EVERY.toNanos()) {
			changes.prune(forgottenAfter);
			lastPrune = now;
		}
		return round.size() == ROUND;
	}

}
