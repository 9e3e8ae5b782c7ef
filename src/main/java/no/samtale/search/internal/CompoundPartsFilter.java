package no.samtale.search.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds the known parts of a compound word after the word itself, at the same position, typed {@link #TYPE} so a
 * query can weigh a part below a whole word. Lucene's DictionaryCompoundWordTokenFilter does the same splitting
 * but gives its parts the type of the whole word, so a query could not tell a part from a synonym.
 */
final class CompoundPartsFilter extends TokenFilter {

	static final String TYPE = "PART";

	private final CharArraySet parts;

	private final int minWord;

	private final int minPart;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private final Deque<String> pending = new ArrayDeque<>();

	private State whole;

	CompoundPartsFilter(TokenStream input, CharArraySet parts, int minWord, int minPart) {
		super(input);
		this.parts = parts;
		this.minWord = minWord;
		this.minPart = minPart;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!pending.isEmpty()) {
			restoreState(whole);
			term.setEmpty().append(pending.removeFirst());
			increment.setPositionIncrement(0);
			type.setType(TYPE);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		if (term.length() >= minWord) {
			split();
			if (!pending.isEmpty()) {
				whole = captureState();
			}
		}
		return true;
	}

	/**
	 * Every dictionary word inside the token, never the whole token itself, and no part that lies inside a longer
	 * part found (perm inside permisjon), so each part stands for a distinct piece of the word.
	 */
	private void split() {
		char[] buffer = term.buffer();
		int length = term.length();
		for (int start = 0; start <= length - minPart; start++) {
			for (int end = length; end - start >= minPart; end--) {
				if ((start > 0 || end < length) && parts.contains(buffer, start, end - start)) {
					String part = new String(buffer, start, end - start);
					if (!pending.contains(part)) {
						pending.add(part);
					}
				}
			}
		}
		pending.removeIf(part -> pending.stream().anyMatch(other -> other.length() > part.length() && other.contains(part)));
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending.clear();
		whole = null;
	}

}
