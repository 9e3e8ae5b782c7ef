package no.samtale.search;

import java.util.function.Consumer;

/**
 * A module that owns searchable content implements this so that a rebuild can read all of it back from the
 * database. The inbox adds one for its conversations; changes in between go through {@link SearchIndex#put}.
 */
public interface SearchFeed {

	SearchSource source();

	/**
	 * Hands every current document of this source to {@code sink}, streaming, in pages.
	 *
	 * @return how many messages the documents were made of, for the rebuild figures
	 */
	long feed(Consumer<IndexableDocument> sink);

}
