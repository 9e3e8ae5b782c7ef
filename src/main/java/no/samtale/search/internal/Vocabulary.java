package no.samtale.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

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

}
