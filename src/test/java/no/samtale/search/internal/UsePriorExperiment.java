package no.samtale.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;

import no.samtale.search.SearchSource;

/**
 * Chooses the weight and saturation of {@link UsePrior} on a simulation over the development and validation sets
 * (docs/search.md, "Uses as a ranking signal"); never the frozen set. No real uses exist yet, so they are simulated:
 * each discussion gets a popularity from a Zipf distribution (exponent 1) over a random order of the discussions, as
 * a few questions are asked very often and most rarely; a history of {@code H} inserted suggestions is drawn from it
 * (Poisson per discussion, nine in ten found and inserted); then every paraphrase is asked with those uses as the
 * prior. Two figures per set: recall@1 weighted by popularity (what share of the questions people really ask lands
 * first) and plain recall@1 (every question equal: what a rare question loses to a popular neighbour). The mean over
 * the seeds, and the worst seed's plain recall@1. Not a test: run its {@code main} with the test classpath.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) no.samtale.search.internal.UsePriorExperiment</pre>
 */
final class UsePriorExperiment {

	private static final int SEEDS = Integer.getInteger("seeds", 10);

	/** Uses per discussion in the history: a few weeks, and a year, of a busy team's insertions. */
	private static final int[] HISTORY = { 1, 10 };

	private static final float[] WEIGHTS = { 0f, 0.02f, 0.05f, 0.1f, 0.2f, 0.4f };

	private static final int[] SATURATIONS = { 5, 20, 100 };

	public static void main(String[] args) throws Exception {
		Analyzer analyzer = NorwegianAnalysis.query(RankingExperiments.synonyms());
		EvaluationSet dev = EvaluationSet.load();
		EvaluationSet validation = EvaluationSet.load("search/validation");
		Map<String, EvaluationSet> sets = new LinkedHashMap<>();
		sets.put("dev", dev);
		sets.put("dev typos", RankingExperiments.typos(dev));
		sets.put("val", validation);
		// One index per corpus: the typo variant asks the development set's discussions.
		Map<List<EvaluationSet.Discussion>, IndexSearcher> searchers = new HashMap<>();
		sets.values().forEach(set -> searchers.computeIfAbsent(set.discussions(),
				d -> RankingExperiments.index(set, 1.2f, 0.75f)));
		for (int history : HISTORY) {
			StringBuilder out = new StringBuilder("\nHistory: " + history + " uses per discussion\n\n| weight, saturation |");
			sets.keySet().forEach(s -> out.append(' ').append(s).append(": weighted r@1 / r@1 (worst) / r@5 |"));
			out.append("\n|---|").append("---|".repeat(sets.size())).append('\n');
			for (float weight : WEIGHTS) {
				for (int saturation : SATURATIONS) {
					if (weight == 0 && saturation != SATURATIONS[0]) {
						continue;
					}
					out.append("| ").append(weight == 0 ? "none" : weight + ", " + saturation).append(" |");
					for (Map.Entry<String, EvaluationSet> set : sets.entrySet()) {
						IndexSearcher searcher = searchers.get(set.getValue().discussions());
						out.append(' ').append(simulate(set.getValue(), analyzer, searcher, history, weight, saturation))
							.append(" |");
					}
					out.append('\n');
				}
			}
			System.out.print(out);
		}
	}

	private static String simulate(EvaluationSet set, Analyzer analyzer, IndexSearcher searcher, int history,
			float weight, int saturation) {
		double weighted = 0;
		double plain = 0;
		double worst = 1;
		double five = 0;
		for (int seed = 1; seed <= SEEDS; seed++) {
			Random random = new Random(seed);
			Map<Long, Double> popularity = popularity(set, random);
			Map<Long, Integer> uses = new HashMap<>();
			double total = history * set.discussions().size();
			popularity.forEach((id, p) -> uses.put(IndexFields.documentKey(SearchSource.FORUM, id),
					poisson(total * p * 0.9, random)));
			UsePrior prior = new UsePrior(key -> uses.getOrDefault(key, 0), weight, saturation);
			double hitWeight = 0;
			double allWeight = 0;
			int hits = 0;
			int inFive = 0;
			for (EvaluationSet.Paraphrase p : set.paraphrases()) {
				List<Long> ranked = ranked(analyzer, searcher, p.question(), prior);
				double w = popularity.get(p.id());
				allWeight += w;
				if (!ranked.isEmpty() && ranked.get(0) == p.id()) {
					hitWeight += w;
					hits++;
				}
				int at = ranked.indexOf(p.id());
				inFive += at >= 0 && at < 5 ? 1 : 0;
			}
			int n = set.paraphrases().size();
			weighted += hitWeight / allWeight;
			plain += (double) hits / n;
			worst = Math.min(worst, (double) hits / n);
			five += (double) inFive / n;
		}
		return "%.3f / %.3f (%.3f) / %.3f".formatted(weighted / SEEDS, plain / SEEDS, worst, five / SEEDS);
	}

	/** Zipf with exponent 1 over a random order of the set's discussions, summing to one. */
	private static Map<Long, Double> popularity(EvaluationSet set, Random random) {
		List<Long> order = new ArrayList<>(set.discussions().stream().map(EvaluationSet.Discussion::id).toList());
		Collections.shuffle(order, random);
		double sum = 0;
		for (int rank = 1; rank <= order.size(); rank++) {
			sum += 1.0 / rank;
		}
		Map<Long, Double> popularity = new HashMap<>();
		for (int rank = 1; rank <= order.size(); rank++) {
			popularity.put(order.get(rank - 1), 1.0 / rank / sum);
		}
		return popularity;
	}

	private static int poisson(double mean, Random random) {
		if (mean > 30) {
			return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
		}
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}

	private static List<Long> ranked(Analyzer analyzer, IndexSearcher searcher, String question, UsePrior prior) {
		try {
			SimilarRanking.Question query = SimilarRanking.query(analyzer, question, searcher);
			return query == null ? List.of()
					: SimilarRanking.rank(searcher, query, null, Recall.DEPTH, SimilarRanking.Tuning.ADOPTED, prior).stream()
						.map(r -> r.doc().id()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
