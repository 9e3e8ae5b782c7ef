package no.samtale.search.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

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

	/** Documents of a readable space of their own source. */
	Query filter() {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		ids.forEach((source, spaces) -> {
			if (!spaces.isEmpty()) {
				any.add(new BooleanQuery.Builder()
					.add(new TermQuery(new Term(IndexFields.SOURCE, source.name())), Occur.FILTER)
					.add(TermQueries.inSpaces(spaces), Occur.FILTER)
					.build(), Occur.SHOULD);
			}
		});
		return any.build();
	}

}
