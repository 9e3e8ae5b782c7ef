package no.samtale.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Recall@1, recall@5 and mean reciprocal rank (over the top ten) of a ranking over the paraphrase pairs, and the
 * pairs it did not put first.
 */
record Recall(String system, double at1, double at5, double mrr, List<EvaluationSet.Paraphrase> misses) {

	/** How deep a ranking is read: MRR counts a hit below this as 0. */
	static final int DEPTH = 10;

	static Recall of(String system, EvaluationSet set, Function<String, List<Long>> ranking) {
		int first = 0;
		int five = 0;
		double reciprocal = 0;
		List<EvaluationSet.Paraphrase> misses = new ArrayList<>();
		for (EvaluationSet.Paraphrase pair : set.paraphrases()) {
			List<Long> ranked = ranking.apply(pair.question());
			int rank = ranked.subList(0, Math.min(DEPTH, ranked.size())).indexOf(pair.id());
			if (rank == 0) {
				first++;
			}
			else {
				misses.add(pair);
			}
			if (rank >= 0 && rank < 5) {
				five++;
			}
			if (rank >= 0) {
				reciprocal += 1.0 / (rank + 1);
			}
		}
		int n = set.paraphrases().size();
		return new Recall(system, (double) first / n, (double) five / n, reciprocal / n, misses);
	}

	String row() {
		return "| %s | %.3f | %.3f | %.3f |".formatted(system, at1, at5, mrr);
	}

}
