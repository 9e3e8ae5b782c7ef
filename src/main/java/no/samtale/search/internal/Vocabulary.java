package no.samtale.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
	 * What a word the index has never seen most likely meant: the {@code max} most frequent known terms within
	 * {@code edits} edits of it (a swap of two neighbouring letters counts as one; the first letter is kept, which
	 * a typo seldom hits and which keeps the automaton small), most frequent first. The most frequent rather than the
	 * closest: of two known words a typo away, the common one is more often what was meant (sixth round,
	 * docs/search.md).
	 */
	List<String> neighbours(String term, int edits, int max) {
		try {
			Map<String, Integer> found = new HashMap<>();
			for (String field : IndexFields.TEXT) {
				Terms terms = MultiTerms.getTerms(reader, field);
				if (terms == null) {
					continue;
				}
				FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(field, term), edits, 1, true);
				for (BytesRef known = near.next(); known != null; known = near.next()) {
					found.merge(known.utf8ToString(), near.docFreq(), Integer::sum);
				}
			}
			found.remove(term);
			return found.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(max)
				.map(Map.Entry::getKey)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
