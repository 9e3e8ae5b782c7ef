package no.samtale.search;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the index in step with the modules that own the content. The forum is fed by events inside this module;
 * another module (the inbox) calls {@link #put} and {@link #remove} from its own event listeners, and registers a
 * {@link SearchFeed} for rebuilds.
 */
public interface SearchIndex {

	/** Adds or replaces a document; searches see it well within a second. */
	void put(IndexableDocument document);

	void remove(SearchSource source, long id);

	/** Starts rebuilding everything from the database in the background; false if a rebuild already runs. */
	boolean rebuild();

	SearchStatus status();

	/** How the index stands, for the admin page and operations. */
	record SearchStatus(int documents, boolean rebuilding, @Nullable Rebuilt lastRebuild) {
	}

	/** The last finished rebuild: how many documents and messages, how long it took. */
	record Rebuilt(java.time.Instant finishedAt, long documents, long messages, long millis) {
	}

}
