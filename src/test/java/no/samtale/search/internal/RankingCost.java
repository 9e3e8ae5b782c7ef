package no.samtale.search.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchSource;

/**
 * The in-process cost of a similar-question query with each {@link SimilarRanking.Tuning}, beside a raw Lucene
 * BM25 query (the question's analysed words OR-ed over one field) on the same index in the same run: a
 * small-scale stand-in for bench/search-load.sh that times the query alone. Documents are mixed from the
 * development corpus's sentences, ten "messages" each, as the bench does, spread over twenty forum spaces, and the
 * ranking is filtered as the application filters it for a reader of all but two. Not a test: run its {@code main} with
 * the test classpath; arguments: documents, rounds, then tunings as in {@link RankingExperiments}. With
 * {@code -Dtypos=true} the questions are the development set's with one typo each ({@link RankingExperiments#typos}):
 * the cost of the spelling corrections, which only a word the index does not hold pays; with {@code -Dmisspelt=SEED}
 * a slip in about a third of their words ({@link Misspellings}).
 */
final class RankingCost {

	/** Forum spaces the documents are spread over. */
	private static final int SPACES = 20;

	public static void main(String[] args) throws Exception {
		int documents = Integer.parseInt(args[0]);
		int rounds = Integer.parseInt(args[1]);
		EvaluationSet dev = EvaluationSet.load();
		MixedSentences mixed = MixedSentences.of(dev);
		Path folder = Files.createTempDirectory("ranking-cost");
		FSDirectory directory = FSDirectory.open(folder);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(NorwegianAnalysis.index()))) {
			for (int i = 0; i < documents; i++) {
				EvaluationSet.Discussion title = dev.discussions().get(i % dev.discussions().size());
				writer.addDocument(IndexFields.toDocument(new IndexableDocument(SearchSource.FORUM, i, 1 + i % SPACES, "TOPIC",
						title.title(), mixed.sentence(i), mixed.answers(i), "ANSWERED", i % 7 == 0,
						java.time.Instant.EPOCH.plusSeconds(i))));
			}
		}
		IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
		// The synonym groups the migration seeds, as the application's query analyzer has them; raw BM25 gets the
		// words as typed.
		Analyzer analyzer = NorwegianAnalysis.query(RankingExperiments.synonyms());
		Analyzer plain = NorwegianAnalysis.query(null);
		// As the application asks: a reader of every space but two (closed groups it is not in), a few other sources.
		Map<SearchSource, Set<Long>> readable = new EnumMap<>(SearchSource.class);
		readable.put(SearchSource.FORUM, LongStream.rangeClosed(1, SPACES - 2).boxed().collect(Collectors.toSet()));
		readable.put(SearchSource.INBOX, Set.of(1L, 2L));
		readable.put(SearchSource.NETTPRAT, Set.of(1L));
		Query filter = new Readable(readable).filter();
		Map<String, SimilarRanking.Tuning> tunings = RankingExperiments.tunings(List.of(args).subList(2, args.length));
		Map<String, List<Long>> nanos = new LinkedHashMap<>();
		nanos.put("raw Lucene BM25", new ArrayList<>());
		tunings.keySet().forEach(k -> nanos.put(k, new ArrayList<>()));
		// Interleaved, so a burst of load on the shared machine falls on every row alike; the first round warms up.
		EvaluationSet asked = Boolean.getBoolean("typos") ? RankingExperiments.typos(dev)
				: Integer.getInteger("misspelt") != null ? Misspellings.of(dev, Integer.getInteger("misspelt")) : dev;
		for (int round = 0; round <= rounds; round++) {
			for (EvaluationSet.Paraphrase p : asked.paraphrases()) {
				long t0 = System.nanoTime();
				Query raw = raw(plain, p.question());
				if (raw != null) {
					searcher.search(raw, 5);
				}
				record(nanos.get("raw Lucene BM25"), round, t0);
				for (Map.Entry<String, SimilarRanking.Tuning> t : tunings.entrySet()) {
					t0 = System.nanoTime();
					SimilarRanking.Question query = SimilarRanking.query(analyzer, p.question(), searcher);
					if (query != null) {
						SimilarRanking.rank(searcher, query, filter, 5, t.getValue(), UsePrior.NONE);
					}
					record(nanos.get(t.getKey()), round, t0);
				}
			}
		}
		double rawP99 = percentile(nanos.get("raw Lucene BM25"), 0.99);
		System.out.printf(Locale.ROOT, "%d documents, %d queries per row, load average %s%n", documents,
				nanos.get("raw Lucene BM25").size(), Files.readString(Path.of("/proc/loadavg")).strip());
		System.out.println("| query | p50 ms | p99 ms | p99 / raw BM25 p99 |\n|---|---|---|---|");
		nanos.forEach((name, list) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.1f |%n", name,
				percentile(list, 0.5), percentile(list, 0.99), percentile(list, 0.99) / rawP99));
	}

	/** Raw Lucene BM25: the question's analysed words as term queries OR-ed over the words' field, nothing else. */
	private static Query raw(Analyzer analyzer, String text) {
		List<String> terms = NorwegianAnalysis.terms(analyzer, text);
		if (terms.isEmpty()) {
			return null;
		}
		org.apache.lucene.search.BooleanQuery.Builder query = new org.apache.lucene.search.BooleanQuery.Builder();
		terms.forEach(t -> query.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.QA, t)),
				org.apache.lucene.search.BooleanClause.Occur.SHOULD));
		return query.build();
	}

	private static void record(List<Long> into, int round, long t0) {
		if (round > 0) {
			into.add(System.nanoTime() - t0);
		}
	}

	private static double percentile(List<Long> nanos, double p) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
	}

}
