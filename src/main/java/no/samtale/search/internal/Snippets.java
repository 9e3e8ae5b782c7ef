package no.samtale.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets that are safe to put in a page as HTML: the highlighter escapes the stored text and adds
 * only its own {@code <mark>} tags; text without a match is escaped here.
 */
final class Snippets {

	static final int FALLBACK_LENGTH = 220;

	private static final String[] FIELDS = { IndexFields.TITLE, IndexFields.QUESTION, IndexFields.ANSWERS };

	private Snippets() {
	}

	/** Per hit: highlighted title, then the best snippet of question or answers; null where nothing matched. */
	static Map<String, String[]> highlight(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs hits) {
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxNoHighlightPassages(0)
			// Queries search the combined field; its words are the ones to mark in the title, question and answers.
			.withFieldMatcher(field -> true)
			.withMaxLength(20_000)
			.build();
		try {
			return highlighter.highlightFields(FIELDS, query, hits, new int[] { 1, 2, 2 });
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The start of a text, escaped, for a hit whose match is elsewhere (or a search without words). */
	static String start(String text) {
		String cut = text.length() <= FALLBACK_LENGTH ? text : text.substring(0, FALLBACK_LENGTH) + " …";
		return escape(cut);
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#x27;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
