package no.samtale.search.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import no.samtale.dialogue.DiscussionStatus;
import no.samtale.platform.InvalidInputException;
import no.samtale.search.SearchSource;

/**
 * Checks what a client sends before it reaches the index. Text is never parsed as query syntax, so the only
 * ways to get it wrong are to send none where some is needed, or too much: both answer 400 naming {@code q}.
 */
final class SearchInput {

	private static final Set<String> KINDS = Set.of("TOPIC", "GROUP", "PUBLIC", "PRIVATE");

	private SearchInput() {
	}

	static String text(String q, boolean required) {
		String text = q == null ? "" : q.strip();
		if (required && text.isEmpty()) {
			throw new InvalidInputException("q", "Write some words to compare with");
		}
		if (text.length() > SimilarQuestions.MAX_TEXT) {
			throw new InvalidInputException("q", "q must be at most " + SimilarQuestions.MAX_TEXT + " characters");
		}
		return text;
	}

	/**
	 * A count such as a period's days or a list's length: {@code value}, or {@code fallback} when none was given; one
	 * outside 1 to {@code max} is a 400 naming {@code field}.
	 */
	static int oneTo(String field, Integer value, int fallback, int max) {
		int n = value == null ? fallback : value;
		if (n < 1 || n > max) {
			throw new InvalidInputException(field, field + " must be between 1 and " + max);
		}
		return n;
	}

	/** A source by its name (FORUM, INBOX); null for every source the reader may read. */
	static SearchSource source(String source) {
		if (source == null || source.isBlank()) {
			return null;
		}
		for (SearchSource known : SearchSource.values()) {
			if (known.name().equals(source.strip())) {
				return known;
			}
		}
		throw new InvalidInputException("source", "source must be one of " + java.util.Arrays.toString(SearchSource.values()));
	}

	static SearchQuery query(String q, Long space, String kind, String status, Boolean verified, LocalDate from,
			LocalDate to, String sort, String source) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("to", "to must not be before from");
		}
		return new SearchQuery(q, space, oneOf("kind", kind, KINDS), status(status), verified, from, to, sort(sort),
				source(source));
	}

	private static String status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return DiscussionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)).name();
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "status must be OPEN, ANSWERED or VERIFIED");
		}
	}

	private static String oneOf(String field, String value, Set<String> allowed) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String upper = value.strip().toUpperCase(Locale.ROOT);
		if (!allowed.contains(upper)) {
			throw new InvalidInputException(field, field + " must be one of " + String.join(", ", allowed));
		}
		return upper;
	}

	private static SearchQuery.Sort sort(String sort) {
		if (sort == null || sort.isBlank()) {
			return SearchQuery.Sort.RELEVANCE;
		}
		return switch (sort.strip().toLowerCase(Locale.ROOT)) {
			case "relevance" -> SearchQuery.Sort.RELEVANCE;
			case "newest" -> SearchQuery.Sort.NEWEST;
			default -> throw new InvalidInputException("sort", "sort must be relevance or newest");
		};
	}

}
