/**
 * Search over every kind of dialogue: a Lucene index under the data folder with Norwegian analysis (bokmål and
 * nynorsk stemming, æ/ø/å folding, welfare compounds, admin-edited synonyms), rebuilt from the database, filtered
 * by what the reader may see; and similar-question suggestions for the ask form. Search imports no module that
 * owns content: the owners feed it through {@link no.samtale.search.SearchFeed} and
 * {@link no.samtale.search.SearchIndex} from their own event listeners, and tell it who may read what through
 * {@link no.samtale.search.SpaceReaders} (the forum does all three in {@code forum.internal}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package no.samtale.search;
