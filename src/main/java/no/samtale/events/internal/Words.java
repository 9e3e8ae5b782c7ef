package no.samtale.events.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a short text that say something (four letters or more), for a quick likeness of questions within
 * one nettprat or ideas within one space; the forum-wide similar questions come from the search module.
 */
final class Words {

	private Words() {
	}

	static Set<String> of(String text) {
		Set<String> words = new HashSet<>();
		String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 4) {
				words.add(word);
			}
		}
		return words;
	}

	/** The share of the smaller text's words found in the other (0 to 1). */
	static double overlap(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / Math.min(a.size(), b.size());
	}

}
