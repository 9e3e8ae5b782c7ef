package no.samtale.search.internal;

import java.util.List;
import java.util.function.Function;

/** Recall@1 and recall@5 of a ranking over the paraphrase pairs. */
record Recall(String system, double at1, double at5) {

	static Recall of(String system, EvaluationSet set, Function<String, List<Long>> topFive) {
		int first = 0;
		int five = 0;
		for (EvaluationSet.Paraphrase pair : set.paraphrases()) {
			List<Long> ranked = topFive.apply(pair.question());
			if (!ranked.isEmpty() && ranked.get(0) == pair.id()) {
				first++;
			}
			if (ranked.stream().limit(5).anyMatch(id -> id == pair.id())) {
				five++;
			}
		}
		int n = set.paraphrases().size();
		return new Recall(system, (double) first / n, (double) five / n);
	}

	String row() {
		return "| %s | %.3f | %.3f |".formatted(system, at1, at5);
	}

}
