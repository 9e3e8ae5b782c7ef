package no.samtale.search.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** How the index stands, for the admin page and operations. */
record SearchStatus(int documents, boolean rebuilding, @Nullable Rebuilt lastRebuild) {

	/** The last finished rebuild: how many documents and messages, how long it took. */
	record Rebuilt(Instant finishedAt, long documents, long messages, long millis) {
	}

}
