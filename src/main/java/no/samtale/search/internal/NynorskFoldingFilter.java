package no.samtale.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings regular nynorsk spellings to their bokmål form before stemming, so a question in one written standard
 * meets an answer in the other without a synonym for every word. Only rules that hold across the vocabulary:
 * <ul>
 * <li>-leg → -lig at the end of an adjective (vanleg, mogleg → vanlig, moglig);</li>
 * <li>-heit → -het (sikkerheit, moglegheitene → sikkerhet, mulighetene);</li>
 * <li>kj and gj before e soften the consonant in nynorsk infinitives and presents (søkje, søkjer, byggje,
 * leggje → søke, søker, bygge, legge); skj is left alone (skjema, skjer).</li>
 * </ul>
 * The stemmer's nynorsk rules then take the endings (-ar, -ane, -a, -ast).
 */
final class NynorskFoldingFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	NynorskFoldingFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		String word = term.toString();
		String folded = fold(word);
		if (!folded.equals(word)) {
			term.setEmpty().append(folded);
		}
		return true;
	}

	static String fold(String word) {
		if (word.length() < 5) {
			return word;
		}
		String w = word;
		if (w.endsWith("leg") && w.length() >= 6) {
			w = w.substring(0, w.length() - 3) + "lig";
		}
		w = w.replace("heit", "het");
		StringBuilder out = new StringBuilder(w.length());
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			boolean soft = (c == 'k' || c == 'g') && i > 0 && i + 2 < w.length() && w.charAt(i + 1) == 'j'
					&& w.charAt(i + 2) == 'e' && w.charAt(i - 1) != 's';
			out.append(c);
			if (soft) {
				i++; // drop the j
			}
		}
		return out.toString();
	}

}
