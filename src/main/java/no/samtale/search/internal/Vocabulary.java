package no.samtale.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words the index already holds (analysed: stemmed and folded), as a lexicon for the words of a question: a
 * word it has never seen is most likely misspelt, and the known words a typo away are what was meant. The lexicon
 * is the index's own vocabulary, so it follows whatever the forum, the inbox and the other sources write, with no
 * list to maintain.
 */
final class Vocabulary {

	private final IndexReader reader;

	Vocabulary(IndexReader reader) {
		this.reader = reader;
	}

	/** Whether any searched text field holds {@code term}. */
	boolean known(String term) {
		try {
			for (String field : IndexFields.TEXT) {
				if (reader.docFreq(new Term(field, term)) > 0) {
					return true;
				}
			}
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * What a word the index has never seen most likely meant: the {@code max} most frequent known words within
	 * {@code edits} edits of it as it was written (a swap of two neighbouring letters counts as one; the first letter
	 * is kept, which a typo seldom hits and which keeps the automaton small), as the stems the index holds, most
	 * frequent first. Looked up among the words as written ({@link IndexFields#SPELLED}) rather than among stems: a
	 * slip often changes what the stemmer makes of a word, so a word one slip away can be a stem two edits away. The
	 * most frequent rather than the closest: of two known words a typo away, the common one is more often what was
	 * meant (sixth round, docs/search.md).
	 */
	List<String> neighbours(String typed, int edits, int max) {
		List<String> written = NorwegianAnalysis.terms(SPELLED, typed);
		if (written.size() != 1) {
			return List.of();
		}
		try {
			Terms terms = MultiTerms.getTerms(reader, IndexFields.SPELLED);
			if (terms == null) {
				return List.of();
			}
			Map<String, Integer> stems = new HashMap<>();
			FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(IndexFields.SPELLED, written.get(0)), edits, 1, true);
			for (BytesRef known = near.next(); known != null; known = near.next()) {
				String word = known.utf8ToString();
				if (!word.equals(written.get(0))) {
					int frequency = near.docFreq();
					stemOf(word).ifPresent(stem -> stems.merge(stem, frequency, Integer::sum));
				}
			}
			return stems.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(max)
				.map(Map.Entry::getKey)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final Analyzer SPELLED = NorwegianAnalysis.spelled();

	private static final Analyzer STEMS = NorwegianAnalysis.index();

	/** The stem a written word is indexed as (a compound's whole word, not its parts). */
	private static Optional<String> stemOf(String word) {
		return NorwegianAnalysis.positions(STEMS, word).stream()
			.flatMap(List::stream)
			.filter(w -> w.origin() == NorwegianAnalysis.Origin.WORD)
			.map(NorwegianAnalysis.Word::term)
			.findFirst();
	}

}
