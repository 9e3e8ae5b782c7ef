package no.samtale.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Pseudo-relevance feedback in the manner of RM3: the words of the first pass's best documents (title and
 * question, analysed as indexed), each weighted by how much of each document it makes up times that document's
 * share of the scores, the heaviest few as a query of their own. It uses the index's own text only, no list.
 */
final class Feedback {

	private static final Analyzer ANALYZER = NorwegianAnalysis.index();

	private static final java.util.Set<String> ASKED = java.util.Set.of(IndexFields.TITLE, IndexFields.QUESTION);

	private Feedback() {
	}

	/**
	 * The expansion query from the best {@code docs} of the first pass {@code top}, its heaviest term at boost 1;
	 * null when the first pass found nothing.
	 */
	static Query expansion(IndexSearcher searcher, TopDocs top, int docs, int terms) throws IOException {
		ScoreDoc[] best = java.util.Arrays.copyOf(top.scoreDocs, Math.min(docs, top.scoreDocs.length));
		double total = 0;
		for (ScoreDoc hit : best) {
			total += hit.score;
		}
		if (total <= 0) {
			return null;
		}
		Map<String, Double> weights = new HashMap<>();
		for (ScoreDoc hit : best) {
			Document doc = searcher.storedFields().document(hit.doc, ASKED);
			Map<String, Integer> counts = counts(doc.get(IndexFields.TITLE) + "\n" + doc.get(IndexFields.QUESTION));
			int length = counts.values().stream().mapToInt(Integer::intValue).sum();
			double share = hit.score / total;
			counts.forEach((term, n) -> weights.merge(term, share * n / length, Double::sum));
		}
		List<Map.Entry<String, Double>> heaviest = weights.entrySet().stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(terms)
			.toList();
		if (heaviest.isEmpty()) {
			return null;
		}
		double max = heaviest.get(0).getValue();
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Map.Entry<String, Double> term : heaviest) {
			query.add(new BoostQuery(new TermQuery(new Term(IndexFields.QA, term.getKey())), (float) (term.getValue() / max)),
					Occur.SHOULD);
		}
		return query.build();
	}

	private static Map<String, Integer> counts(String text) {
		Map<String, Integer> counts = new HashMap<>();
		try (TokenStream stream = ANALYZER.tokenStream(IndexFields.QA, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				counts.merge(term.toString(), 1, Integer::sum);
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return counts;
	}

}
