package no.samtale.search.internal;

import java.time.LocalDate;

import no.samtale.search.SearchSource;

/**
 * What a reader searches for: free text plus optional filters. Text is always searched as words, never as query
 * syntax, so quotes, stars and brackets mean nothing special.
 */
record SearchQuery(String text, Long spaceId, String kind, String status, Boolean verified, LocalDate from,
		LocalDate to, Sort sort, SearchSource source) {

	public enum Sort {
		RELEVANCE, NEWEST
	}

}
