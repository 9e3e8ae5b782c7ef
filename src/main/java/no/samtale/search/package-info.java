/**
 * Search over every kind of dialogue: a Lucene index under the data folder with Norwegian analysis (bokmål and
 * nynorsk stemming, æ/ø/å folding, welfare compounds, admin-edited synonyms), fed by module events and rebuilt
 * from the database, filtered by what the reader may see; and similar-question suggestions for the ask form and
 * the inbox. Other modules feed it through {@link no.samtale.search.SearchFeed} and {@link no.samtale.search.SearchIndex}
 * and tell it who may read what through {@link no.samtale.search.SpaceReaders}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package no.samtale.search;
