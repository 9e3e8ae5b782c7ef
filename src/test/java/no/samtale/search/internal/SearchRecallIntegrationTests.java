package no.samtale.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.slf4j.LoggerFactory;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.IntegrationTest;
import no.samtale.support.TestDatabase;

/**
 * How often the discussion a paraphrased question duplicates comes first (recall@1) or in the top five
 * (recall@5), for the platform's analysis with the database's synonyms, against plain BM25 baselines and, on the
 * PostgreSQL run, PostgreSQL's {@code norwegian} full-text search. Fails when the platform drops below the
 * thresholds, which sit just under what it measured; the table goes to {@code target/search-recall-*.md}.
 */
class SearchRecallIntegrationTests extends IntegrationTest {

	/** Measured on the development set 2026-12-06 without feedback (fifth round): 0.944 and 0.993, as with it; docs/search.md. */
	static final double MIN_RECALL_AT_1 = 0.92;

	static final double MIN_RECALL_AT_5 = 0.99;

	@Autowired
	private Synonyms synonyms;

	@Autowired
	private JdbcClient jdbc;

	private final EvaluationSet set = EvaluationSet.load();

	@Test
	void theEvaluationSetIsLargeEnoughToMeanSomething() {
		assertThat(set.discussions()).hasSizeGreaterThanOrEqualTo(300);
		assertThat(set.paraphrases()).hasSizeGreaterThanOrEqualTo(100);
		assertThat(set.paraphrases()).allSatisfy(pair -> assertThat(set.discussions())
			.anySatisfy(d -> assertThat(d.id()).isEqualTo(pair.id())));
	}

	@Test
	void thePlatformFindsTheDuplicatedDiscussionAndBeatsTheBaselines() throws IOException {
		List<Recall> table = table(set);
		StringBuilder out = new StringBuilder();
		out.append(section("Development set", set, table, true));
		// The frozen test set is only measured, never asserted on or tuned against (see docs/search.md).
		EvaluationSet.frozen().ifPresent(frozen -> out.append(section("Frozen test set", frozen, table(frozen), false)));
		write(out.toString());

		Recall platform = table.get(0);
		Recall standard = table.get(1);
		assertThat(platform.at1()).as(String.join("\n", table.stream().map(Recall::row).toList()))
			.isGreaterThanOrEqualTo(MIN_RECALL_AT_1);
		assertThat(platform.at5()).isGreaterThanOrEqualTo(MIN_RECALL_AT_5);
		assertThat(platform.at1()).isGreaterThan(standard.at1());
	}

	/** Samtale first, then the baselines, measured in the same run on the same set. */
	private List<Recall> table(EvaluationSet on) {
		try {
			List<Recall> table = new ArrayList<>();
			table.add(platform(on, SimilarRanking.Tuning.ADOPTED,
					"Samtale (chain, synonyms, compounds, trigrams, answer field, typos)"));
			table.add(plain("Lucene BM25, StandardAnalyzer (title + question + answer)", new StandardAnalyzer(), on,
					EvaluationSet.Discussion::text));
			table.add(plain("Lucene BM25, NorwegianAnalyzer (title + question + answer)", new NorwegianAnalyzer(), on,
					EvaluationSet.Discussion::text));
			table.add(plain("Lucene BM25, NorwegianAnalyzer (title + question)", new NorwegianAnalyzer(), on,
					d -> d.title() + " " + d.question()));
			table.add(platform(on, SimilarRanking.Tuning.WITH_FEEDBACK,
					"Samtale with pseudo-relevance feedback (in use from the third round to the fifth)"));
			if (TestDatabase.kind().equals("postgresql")) {
				table.add(new PostgresBaseline(jdbc, on).orQuery());
				table.add(new PostgresBaseline(jdbc, on).websearchQuery());
			}
			return table;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The table of one set and, where {@code misses} is set, Samtale's misses by kind with their questions. */
	private static String section(String heading, EvaluationSet on, List<Recall> table, boolean misses) {
		StringBuilder out = new StringBuilder("### ").append(heading).append(" (")
			.append(on.discussions().size()).append(" discussions, ").append(on.paraphrases().size())
			.append(" paraphrases)\n\n| system | recall@1 | recall@5 | MRR@10 |\n|---|---|---|---|\n");
		table.forEach(row -> out.append(row.row()).append('\n'));
		MissKinds kinds = new MissKinds(on);
		out.append("\nSamtale's misses at rank 1 by kind: ").append(kinds.count(table.get(0).misses())).append("\n\n");
		out.append(byLabel(on, table));
		if (misses) {
			for (EvaluationSet.Paraphrase miss : table.get(0).misses()) {
				out.append("- ").append(kinds.kind(miss)).append(": ").append(miss.id()).append(" ← ")
					.append(miss.question()).append('\n');
			}
			out.append('\n');
		}
		return out.toString();
	}

	/**
	 * Recall@1 by the set writer's own labels of each paraphrase (language bm/nn/dialect; typo, telegraphic, long),
	 * when the set comes with them ({@code paraphrases_features.tsv}, same order as the paraphrases).
	 */
	private static String byLabel(EvaluationSet on, List<Recall> table) {
		List<List<String>> labels = EvaluationSet.labels(on.name());
		if (labels.size() != on.paraphrases().size()) {
			return "";
		}
		StringBuilder out = new StringBuilder("Recall@1 by the writer's labels (n):\n\n| system |");
		java.util.TreeMap<String, Integer> counts = new java.util.TreeMap<>();
		labels.forEach(l -> l.forEach(label -> counts.merge(label, 1, Integer::sum)));
		counts.forEach((label, n) -> out.append(' ').append(label).append(" (").append(n).append(") |"));
		out.append("\n|---|").append("---|".repeat(counts.size())).append('\n');
		for (Recall row : table) {
			java.util.Set<Integer> missed = new java.util.HashSet<>();
			java.util.List<EvaluationSet.Paraphrase> left = new java.util.ArrayList<>(row.misses());
			for (int i = 0; i < on.paraphrases().size(); i++) {
				if (left.remove(on.paraphrases().get(i))) {
					missed.add(i);
				}
			}
			out.append("| ").append(row.system()).append(" |");
			for (String label : counts.keySet()) {
				int n = 0;
				int hit = 0;
				for (int i = 0; i < labels.size(); i++) {
					if (labels.get(i).contains(label)) {
						n++;
						hit += missed.contains(i) ? 0 : 1;
					}
				}
				out.append(" %.2f |".formatted((double) hit / n));
			}
			out.append('\n');
		}
		return out.append('\n').toString();
	}

	private Recall platform(EvaluationSet on, SimilarRanking.Tuning tuning, String name) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(NorwegianAnalysis.index()))) {
			for (EvaluationSet.Discussion d : on.discussions()) {
				writer.addDocument(IndexFields.toDocument(d.document()));
			}
		}
		IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
		Analyzer analyzer = synonyms.queryAnalyzer();
		return Recall.of(name, on, question -> {
			SimilarRanking.Question words = SimilarRanking.query(analyzer, question, searcher);
			try {
				return words == null ? List.of()
						: SimilarRanking.rank(searcher, words, null, Recall.DEPTH, tuning, UsePrior.NONE).stream().map(r -> r.doc().id()).toList();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** One text field, every query word OR-ed, BM25: what a search box gets with no Norwegian work done. */
	private static Recall plain(String name, Analyzer analyzer, EvaluationSet on,
			Function<EvaluationSet.Discussion, String> text) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (EvaluationSet.Discussion d : on.discussions()) {
				Document doc = new Document();
				doc.add(new StoredField("id", d.id()));
				doc.add(new TextField("text", text.apply(d), Field.Store.NO));
				writer.addDocument(doc);
			}
		}
		IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
		return Recall.of(name, on, question -> {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			NorwegianAnalysis.terms(analyzer, question).forEach(t -> query.add(new TermQuery(new Term("text", t)), Occur.SHOULD));
			try {
				List<Long> ids = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(query.build(), Recall.DEPTH).scoreDocs) {
					ids.add(searcher.storedFields().document(hit.doc).getField("id").numericValue().longValue());
				}
				return ids;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static void write(String out) throws IOException {
		Path file = Path.of("target", "search-recall-" + TestDatabase.kind() + ".md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out);
		LoggerFactory.getLogger(SearchRecallIntegrationTests.class).info("Recall on {}:\n{}", TestDatabase.kind(), out);
	}

}
