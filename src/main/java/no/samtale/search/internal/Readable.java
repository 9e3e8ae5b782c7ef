package no.samtale.search.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.LongField;
import org.apache.lucene.search.Query;

import no.samtale.search.SearchSource;

/**
 * What one person may read, per source: the space ids its readers answered (forum spaces, inbox teams). Ids of
 * different sources may be equal, so each source is filtered by its own ids. A source asked for that the person
 * may not read is simply empty: no error says it exists.
 */
record Readable(Map<SearchSource, Set<Long>> ids) {

	boolean isEmpty() {
		return ids.values().stream().allMatch(Set::isEmpty);
	}

	/** Only {@code source}, or all when null. */
	Readable only(SearchSource source) {
		if (source == null) {
			return this;
		}
		Map<SearchSource, Set<Long>> one = new EnumMap<>(SearchSource.class);
		one.put(source, ids.getOrDefault(source, Set.of()));
		return new Readable(one);
	}

	/** Only one forum space (the search page's space filter), if the person may read it. */
	Readable onlyForumSpace(long spaceId) {
		Set<Long> forum = ids.getOrDefault(SearchSource.FORUM, Set.of());
		Map<SearchSource, Set<Long>> one = new EnumMap<>(SearchSource.class);
		one.put(SearchSource.FORUM, forum.contains(spaceId) ? Set.of(spaceId) : Set.of());
		return new Readable(one);
	}

	/**
	 * Documents of a readable space of their own source: one set query on the (source, space) keys. Lucene answers it
	 * from the doc values of the few documents a query's words reach, or from the points when the filter leads (the
	 * search page without words), rather than collecting every readable document from the postings first.
	 */
	Query filter() {
		long[] keys = ids.entrySet().stream()
			.flatMap(e -> e.getValue().stream().map(space -> IndexFields.readableKey(e.getKey(), space)))
			.mapToLong(Long::longValue)
			.toArray();
		return LongField.newSetQuery(IndexFields.READABLE, keys);
	}

}
