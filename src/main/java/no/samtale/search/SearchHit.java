package no.samtale.search;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One search result. {@code titleHtml} and {@code snippetHtml} are escaped text in which only the matched words
 * are wrapped in {@code <mark>}; nothing else in them is markup.
 */
public record SearchHit(SearchSource source, long id, String title, String titleHtml, String snippetHtml,
		SimilarQuestion.SpaceRef space, String kind, @Nullable String status, boolean verified, Instant createdAt,
		double score) {
}
