package no.samtale.search.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How the index stands, for the admin page and operations: this node's index, and every node's place in the change
 * feed (how many changes and seconds each is behind).
 */
record SearchStatus(int documents, boolean rebuilding, @Nullable Rebuilt lastRebuild, String node,
		List<ChangeFeed.NodeLag> nodes) {

	/** The last finished rebuild: how many documents and messages, how long it took. */
	record Rebuilt(Instant finishedAt, long documents, long messages, long millis) {
	}

}
