package no.samtale.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions as typed in a hurry on a phone, for the harnesses: every word of four letters or more is misspelt with
 * probability {@link #SHARE}, by one of the slips people make (a letter dropped, a neighbouring key hit instead,
 * two letters swapped, a letter doubled or a double letter made single, a letter too many), chosen at random from a
 * seed and the question. Where {@link RankingExperiments#typos} puts one slip in the longest word, this puts about
 * one in every three words, short ones too; like it, it leaves a word's first letter alone, which a typo seldom
 * hits. Written for the sixth round's spelling work before any ranking ran on it; it reads only the development and
 * validation sets ({@code -Dmisspelt} in {@link RankingExperiments}).
 */
final class Misspellings {

	/** The share of words of four letters or more that get a slip. */
	static final double SHARE = 0.35;

	private static final String[] ROWS = { "qwertyuiopå", "asdfghjkløæ", "zxcvbnm" };

	private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

	private Misspellings() {
	}

	static EvaluationSet of(EvaluationSet on, long seed) {
		List<EvaluationSet.Paraphrase> changed = new ArrayList<>();
		for (EvaluationSet.Paraphrase p : on.paraphrases()) {
			Random random = new Random(seed * 31 + p.question().hashCode());
			Matcher words = WORD.matcher(p.question());
			StringBuilder out = new StringBuilder();
			while (words.find()) {
				String word = words.group();
				words.appendReplacement(out, Matcher.quoteReplacement(
						random.nextDouble() < SHARE ? slip(word, random) : word));
			}
			words.appendTail(out);
			changed.add(new EvaluationSet.Paraphrase(p.id(), out.toString()));
		}
		return new EvaluationSet(on.name() + " misspelt " + seed, on.discussions(), changed);
	}

	/** One slip somewhere after the first letter. */
	static String slip(String word, Random random) {
		int at = 1 + random.nextInt(word.length() - 1);
		char c = word.charAt(at);
		return switch (random.nextInt(5)) {
			case 0 -> word.substring(0, at) + word.substring(at + 1);
			case 1 -> word.substring(0, at) + neighbourKey(c, random) + word.substring(at + 1);
			case 2 -> at + 1 < word.length()
					? word.substring(0, at) + word.charAt(at + 1) + c + word.substring(at + 2)
					: word.substring(0, at - 1) + c + word.charAt(at - 1);
			case 3 -> at > 1 && word.charAt(at - 1) == c ? word.substring(0, at) + word.substring(at + 1)
					: word.substring(0, at) + c + word.substring(at);
			default -> word.substring(0, at) + neighbourKey(c, random) + word.substring(at);
		};
	}

	/** A key beside {@code c} on a Norwegian keyboard, in the same row; {@code c} itself when it is not a letter there. */
	private static char neighbourKey(char c, Random random) {
		char lower = Character.toLowerCase(c);
		for (String row : ROWS) {
			int i = row.indexOf(lower);
			if (i >= 0) {
				int j = i == 0 ? 1 : i == row.length() - 1 ? i - 1 : i + (random.nextBoolean() ? 1 : -1);
				return row.charAt(j);
			}
		}
		return c;
	}

}
