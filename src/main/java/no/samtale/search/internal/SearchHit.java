package no.samtale.search.internal;

import java.time.Instant;

import no.samtale.search.SearchSource;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One search result. {@code titleHtml} and {@code snippetHtml} are escaped text in which only the matched words
 * are wrapped in {@code <mark>}; nothing else in them is markup.
 */
record SearchHit(SearchSource source, long id, String title, String titleHtml, String snippetHtml,
		SimilarQuestion.SpaceRef space, String kind, @Schema(allowableValues = { "OPEN", "ANSWERED",
		"VERIFIED" }) @Nullable String status, boolean verified, Instant createdAt,
		double score) {
}
