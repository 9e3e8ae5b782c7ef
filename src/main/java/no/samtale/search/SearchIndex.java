package no.samtale.search;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the index in step with the modules that own the content: a module (the forum, later the inbox) calls
 * {@link #put} and {@link #remove} from its own event listeners, and registers a {@link SearchFeed} for rebuilds.
 */
public interface SearchIndex {

	/** Adds or replaces a document; searches see it well within a second. */
	void put(IndexableDocument document);

	void remove(SearchSource source, long id);

}
