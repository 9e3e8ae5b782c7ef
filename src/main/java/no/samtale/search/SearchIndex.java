package no.samtale.search;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps the index in step with the modules that own the content: a module (the forum, the inbox, ...) calls
 * {@link #reindex} from its own event listeners whenever a document's text may have changed, and registers a
 * {@link SearchFeed} for rebuilds.
 */
public interface SearchIndex {

	/**
	 * Reads the document's current text with {@code current} (empty when it no longer exists or is no longer
	 * searchable) and puts it in the index; searches see it well within a second. The read happens while the
	 * document is locked for indexing on every node, so of two reindexes of one document racing each other (a
	 * question and its first reply posted a moment apart) the later read is always the one that is kept: without
	 * the lock the slower thread could put the older text last and hide the reply until the next change.
	 */
	void reindex(SearchSource source, long id, Supplier<Optional<IndexableDocument>> current);

	default void remove(SearchSource source, long id) {
		reindex(source, id, Optional::empty);
	}

}
