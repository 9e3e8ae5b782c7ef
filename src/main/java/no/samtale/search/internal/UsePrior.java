package no.samtale.search.internal;

import java.util.function.LongToIntFunction;

/**
 * What advisors and employees chose lifts a suggestion a little: a document used as a suggestion {@code u} times has
 * its score multiplied by {@code 1 + weight * min(1, ln(1 + u) / ln(1 + saturation))}. The logarithm makes the first
 * uses count most; the saturation bounds what any number of uses can do (a document used a thousand times, or
 * recorded a thousand times by one insistent client, gains at most {@code weight}), so a clearly better match still
 * leads and the prior only decides between near-equals. The weight and saturation were chosen on a simulation over
 * the development and validation sets (docs/search.md, "Uses as a ranking signal"); the frozen test set has no uses
 * and is unaffected.
 *
 * @param uses how often a document ({@link IndexFields#documentKey}) was used
 */
record UsePrior(LongToIntFunction uses, float weight, int saturation) {

	/** The lift in use: at most 10 %, reached at 100 uses (1 use 1.5 %, 10 uses 5 %). */
	static final float WEIGHT = 0.1f;

	static final int SATURATION = 100;

	/** No lift: the ranking of the text alone. */
	static final UsePrior NONE = new UsePrior(key -> 0, 0f, SATURATION);

	UsePrior {
		if (weight < 0 || saturation < 1) {
			throw new IllegalArgumentException("weight must not be negative and saturation at least 1");
		}
	}

	static UsePrior of(LongToIntFunction uses) {
		return new UsePrior(uses, WEIGHT, SATURATION);
	}

	/** What a document's score is multiplied by. */
	double lift(long documentKey) {
		if (weight == 0) {
			return 1;
		}
		int used = uses.applyAsInt(documentKey);
		return used <= 0 ? 1 : 1 + weight * Math.min(1, Math.log1p(used) / Math.log1p(saturation));
	}

}
