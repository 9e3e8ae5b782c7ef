package no.samtale.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
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
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchSource;

/**
 * The tuning harness of the third round (docs/search.md): the similar-question ranking with each {@link
 * SimilarRanking.Tuning} on the development set, its two generated variants (no synonyms; one typo per question)
 * and the validation set, beside plain NorwegianAnalyzer BM25, with recall@1 by label group. It reads only the
 * development and validation sets, never the frozen test set. Not a test: run its {@code main} with the test
 * classpath (no database; the synonyms are read from their migration).
 */
final class RankingExperiments {

	private static final Pattern SYNONYM_ROW = Pattern.compile("\\('([^']*)', current_timestamp\\)");

	public static void main(String[] args) throws Exception {
		Analyzer withSynonyms = NorwegianAnalysis.query(synonyms());
		Analyzer without = NorwegianAnalysis.query(null);
		EvaluationSet dev = EvaluationSet.load();
		EvaluationSet validation = EvaluationSet.load("search/validation");
		Map<String, Object[]> variants = new LinkedHashMap<>();
		variants.put("dev", new Object[] { dev, withSynonyms });
		variants.put("dev no-syn", new Object[] { dev, without });
		variants.put("dev typos", new Object[] { typos(dev), withSynonyms });
		if (System.getProperty("misspelt") != null) {
			// Three seeds of each set, a hurried phone's slips in about a third of the words (Misspellings).
			for (long seed = 1; seed <= 3; seed++) {
				variants.put("dev misspelt " + seed, new Object[] { Misspellings.of(dev, seed), withSynonyms });
				variants.put("val misspelt " + seed, new Object[] { Misspellings.of(validation, seed), withSynonyms });
			}
		}
		variants.put("dev wording", new Object[] { EvaluationSet.paraphrasesOf(dev, "search/wording"), withSynonyms });
		variants.put("val", new Object[] { validation, withSynonyms });
		variants.put("val no-syn", new Object[] { validation, without });
		Map<String, SimilarRanking.Tuning> tunings = tunings(List.of(args));
		float k1 = Float.parseFloat(System.getProperty("k1", "1.2"));
		float b = Float.parseFloat(System.getProperty("b", "0.75"));
		StringBuilder out = new StringBuilder("| ranking |");
		variants.keySet().forEach(v -> out.append(' ').append(v).append(" |"));
		out.append('\n');
		Map<String, IndexSearcher> searchers = new LinkedHashMap<>();
		for (Map.Entry<String, Object[]> v : variants.entrySet()) {
			EvaluationSet set = (EvaluationSet) v.getValue()[0];
			searchers.computeIfAbsent(set.name(), n -> index(set, k1, b));
		}
		out.append("| NorwegianAnalyzer BM25 t+q+a |");
		Map<String, Recall> plain = new LinkedHashMap<>();
		for (Map.Entry<String, Object[]> v : variants.entrySet()) {
			plain.put(v.getKey(), plainBm25((EvaluationSet) v.getValue()[0]));
			out.append(' ').append(cell(plain.get(v.getKey()))).append(" |");
		}
		out.append('\n');
		for (Map.Entry<String, SimilarRanking.Tuning> tuning : tunings.entrySet()) {
			out.append("| ").append(tuning.getKey()).append(" |");
			for (Map.Entry<String, Object[]> v : variants.entrySet()) {
				EvaluationSet set = (EvaluationSet) v.getValue()[0];
				Recall recall = samtale(set, (Analyzer) v.getValue()[1], searchers.get(set.name()), tuning.getValue());
				// Questions plain BM25 puts first and this ranking does not: what the curated parts pushed down.
				long lost = recall.misses().stream().filter(m -> !plain.get(v.getKey()).misses().contains(m)).count();
				out.append(' ').append(cell(recall)).append(" (-").append(lost).append(") |");
				if (System.getProperty("lost") != null && v.getKey().startsWith("dev")) {
					recall.misses().stream().filter(m -> !plain.get(v.getKey()).misses().contains(m))
						.forEach(m -> System.out.println("lost on " + v.getKey() + ": " + m.id() + " <- " + m.question()));
				}
			}
			out.append('\n');
		}
		System.out.print(out);
		if (System.getProperty("labels") != null) {
			System.out.print(labels(validation, withSynonyms, searchers.get(validation.name()), tunings));
		}
	}

	/** Tunings as arguments: feedback documents,terms,weight[,gram depth] (0,0,0: the second round). */
	static Map<String, SimilarRanking.Tuning> tunings(List<String> args) {
		Map<String, SimilarRanking.Tuning> tunings = new LinkedHashMap<>();
		for (String arg : args) {
			String[] f = arg.split(",");
			tunings.put(arg, new SimilarRanking.Tuning(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
					Float.parseFloat(f[2]), f.length > 3 ? Integer.parseInt(f[3]) : SimilarRanking.GRAM_DEPTH));
		}
		return tunings;
	}

	private static String cell(Recall r) {
		return "%.3f / %.3f / %.3f".formatted(r.at1(), r.at5(), r.mrr());
	}

	/** Recall@1 by the validation set's labels, for plain BM25 and each ranking. */
	private static String labels(EvaluationSet on, Analyzer analyzer, IndexSearcher searcher,
			Map<String, SimilarRanking.Tuning> tunings) {
		List<List<String>> labels = EvaluationSet.labels(on.name());
		TreeMap<String, Integer> counts = new TreeMap<>();
		labels.forEach(l -> l.forEach(label -> counts.merge(label, 1, Integer::sum)));
		StringBuilder out = new StringBuilder("\n| ranking |");
		counts.forEach((label, n) -> out.append(' ').append(label).append(" (").append(n).append(") |"));
		out.append('\n');
		Map<String, Recall> rows = new LinkedHashMap<>();
		rows.put("NorwegianAnalyzer BM25", plainBm25(on));
		tunings.forEach((name, t) -> rows.put(name, samtale(on, analyzer, searcher, t)));
		rows.forEach((name, recall) -> {
			out.append("| ").append(name).append(" |");
			for (String label : counts.keySet()) {
				int n = 0;
				int hit = 0;
				for (int i = 0; i < labels.size(); i++) {
					if (labels.get(i).contains(label)) {
						n++;
						hit += recall.misses().contains(on.paraphrases().get(i)) ? 0 : 1;
					}
				}
				out.append(" %.2f |".formatted((double) hit / n));
			}
			out.append('\n');
		});
		return out.toString();
	}

	static IndexSearcher index(EvaluationSet on, float k1, float b) {
		try {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(NorwegianAnalysis.index()))) {
				for (EvaluationSet.Discussion d : on.discussions()) {
					writer.addDocument(IndexFields.toDocument(d.document()));
				}
				haystack(on, Integer.getInteger("haystack", 0), writer);
			}
			IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
			searcher.setSimilarity(new BM25Similarity(k1, b));
			return searcher;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * {@code count} distractors (-Dhaystack=N) mixed from the other set's sentences (the validation set's for the
	 * development set, and the other way round): on the same welfare topics, as a large forum has many discussions
	 * near each one, but never a copy of a discussion measured. Whether a ranking that is right among a few hundred
	 * stays right among many thousands. Titles are a sentence's first words.
	 */
	private static void haystack(EvaluationSet on, int count, IndexWriter writer) throws IOException {
		if (count == 0) {
			return;
		}
		String development = EvaluationSet.load().name();
		boolean isDevelopment = on.name().equals(development) || on.name().startsWith(development + " ");
		EvaluationSet other = isDevelopment ? EvaluationSet.load("search/validation") : EvaluationSet.load();
		if (Boolean.getBoolean("haystack.whole")) {
			wholeDiscussions(other, count, writer);
			return;
		}
		MixedSentences mixed = MixedSentences.of(other);
		for (int i = 0; i < count; i++) {
			String[] words = mixed.sentence(i * 13).split(" ");
			writer.addDocument(IndexFields.toDocument(new IndexableDocument(SearchSource.FORUM, 10_000_000L + i, 1,
					"TOPIC", String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 8))),
					mixed.sentence(i * 7 + 3), mixed.answers(i), "ANSWERED", false, java.time.Instant.EPOCH.plusSeconds(i))));
		}
	}

	/**
	 * The coherent counterpart of the mixed sentences (-Dhaystack.whole=true): the other set's discussions whole, each
	 * question again and again, every time with the answer of another discussion on the same topic. A forum where
	 * every question was asked many times: the best hits that feed the feedback agree with each other, where the
	 * mixed sentences' do not. Between the two lies a real forum.
	 */
	private static void wholeDiscussions(EvaluationSet other, int count, IndexWriter writer) throws IOException {
		List<EvaluationSet.Discussion> all = other.discussions();
		Map<String, List<EvaluationSet.Discussion>> byTopic = new LinkedHashMap<>();
		all.forEach(d -> byTopic.computeIfAbsent(d.topic(), t -> new ArrayList<>()).add(d));
		for (int i = 0; i < count; i++) {
			EvaluationSet.Discussion d = all.get(i % all.size());
			List<EvaluationSet.Discussion> topic = byTopic.get(d.topic());
			EvaluationSet.Discussion answeredBy = topic.get((topic.indexOf(d) + 1 + i / all.size()) % topic.size());
			writer.addDocument(IndexFields.toDocument(new IndexableDocument(SearchSource.FORUM, 10_000_000L + i, 1,
					"TOPIC", d.title(), d.question(), answeredBy.answer(), "ANSWERED", false,
					java.time.Instant.EPOCH.plusSeconds(i))));
		}
	}

	private static Recall samtale(EvaluationSet on, Analyzer analyzer, IndexSearcher searcher,
			SimilarRanking.Tuning tuning) {
		return Recall.of("Samtale", on, question -> {
			try {
				SimilarRanking.Question query = SimilarRanking.query(analyzer, question, searcher);
				return query == null ? List.of()
						: SimilarRanking.rank(searcher, query, null, Recall.DEPTH, tuning, UsePrior.NONE).stream().map(r -> r.doc().id()).toList();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static Recall plainBm25(EvaluationSet on) {
		try {
			Analyzer analyzer = new NorwegianAnalyzer();
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				for (EvaluationSet.Discussion d : on.discussions()) {
					Document doc = new Document();
					doc.add(new StoredField("id", d.id()));
					doc.add(new TextField("text", d.text(), Field.Store.NO));
					writer.addDocument(doc);
				}
			}
			IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
			return Recall.of("NorwegianAnalyzer", on, question -> {
				BooleanQuery.Builder query = new BooleanQuery.Builder();
				NorwegianAnalysis.terms(analyzer, question)
					.forEach(t -> query.add(new TermQuery(new Term("text", t)), Occur.SHOULD));
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
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The set with one typo in each question, chosen by a hash of the question (no human picks them): the longest
	 * word of six letters or more gets two inner letters swapped or one dropped.
	 */
	static EvaluationSet typos(EvaluationSet on) {
		List<EvaluationSet.Paraphrase> changed = new ArrayList<>();
		for (EvaluationSet.Paraphrase p : on.paraphrases()) {
			String longest = "";
			for (String word : p.question().split("[^\\p{L}]+")) {
				if (word.length() > longest.length()) {
					longest = word;
				}
			}
			if (longest.length() < 6) {
				changed.add(p);
				continue;
			}
			int hash = Math.abs(p.question().hashCode());
			int at = 1 + (hash / 2) % (longest.length() - 3);
			String typo = hash % 2 == 0
					? longest.substring(0, at) + longest.charAt(at + 1) + longest.charAt(at) + longest.substring(at + 2)
					: longest.substring(0, at) + longest.substring(at + 1);
			changed.add(new EvaluationSet.Paraphrase(p.id(), p.question().replaceFirst(Pattern.quote(longest),
					Matcher.quoteReplacement(typo))));
		}
		return new EvaluationSet(on.name() + " typos", on.discussions(), changed);
	}

	/** The synonym groups the migration seeds, as the database would hold them before any admin edit. */
	static SynonymMap synonyms() throws Exception {
		String sql = Files.readString(Path.of("src/main/resources/db/migration/V202611241100__search_synonyms.sql"));
		StringBuilder rules = new StringBuilder();
		Matcher row = SYNONYM_ROW.matcher(sql);
		while (row.find()) {
			rules.append(row.group(1)).append('\n');
		}
		try (Analyzer entries = NorwegianAnalysis.synonymEntries()) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
			parser.parse(new StringReader(rules.toString()));
			return parser.build();
		}
	}

}
