package no.samtale.search.internal;

import no.samtale.search.SearchSource;

/** A discussion that looks like the question being asked, with how alike (higher is closer). */
record SimilarQuestion(long id, String title, SpaceRef space, boolean verified, double score,
		SearchSource source) {

	public record SpaceRef(long id, String name) {
	}

}
