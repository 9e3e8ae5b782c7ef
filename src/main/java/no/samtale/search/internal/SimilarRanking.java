package no.samtale.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The similar-question ranking: Samtale's own word query (the Norwegian chain with synonyms, compound parts and
 * typos, the trigrams beside it) plus, as a second strong clause, plain BM25 over the {@link IndexFields#PLAIN}
 * field, analysed exactly as Lucene's {@code NorwegianAnalyzer} does. The plain clause is there so the curated
 * parts can add but not take away: a discussion that shares the question's own words keeps that score whatever
 * the synonym list says (on a held-out set the curated chain alone fell behind plain BM25, issue 18). Optionally
 * pseudo-relevance feedback re-ranks by the words of the first pass's best hits ({@link Tuning}).
 */
final class SimilarRanking {

	/** Of two equally good matches the verified one wins; a clearly better unverified match still leads. */
	static final float VERIFIED_BOOST = 1.05f;

	/** How many of the first pass's hits pseudo-relevance feedback may reorder. */
	static final int FEEDBACK_DEPTH = 30;

	/**
	 * The knobs chosen on the development set (docs/search.md, third round). {@code plain}: the weight of the plain
	 * NorwegianAnalyzer BM25 clause (0 = off); {@code feedbackDocs}, {@code feedbackTerms}, {@code feedbackWeight}:
	 * pseudo-relevance feedback from the first pass's top documents (0 documents = off).
	 */
	record Tuning(float plain, int feedbackDocs, int feedbackTerms, float feedbackWeight) {

		/** The second round's ranking, kept for comparison in the evaluation. */
		static final Tuning ROUND_TWO = new Tuning(0f, 0, 0, 0f);

		static final Tuning ADOPTED = new Tuning(1.0f, 0, 0, 0f);

	}

	private SimilarRanking() {
	}

	/** The query for {@code text}, or null when nothing but stop words remains. */
	static Query query(Analyzer analyzer, String text, IndexSearcher searcher, Tuning tuning) {
		Query own = TermQueries.withGrams(TermQueries.anyWord(analyzer, text, new Vocabulary(searcher.getIndexReader())),
				text);
		if (own == null || tuning.plain() <= 0) {
			return own;
		}
		Query plain = plain(text);
		if (plain == null) {
			return own;
		}
		// Either clause may match: a discussion the curated chain misses but plain BM25 finds is still a candidate.
		return new BooleanQuery.Builder().add(own, Occur.SHOULD)
			.add(new BoostQuery(plain, tuning.plain()), Occur.SHOULD)
			.build();
	}

	/** Every word of {@code text} as NorwegianAnalyzer makes it, OR-ed over the plain field: textbook BM25. */
	static Query plain(String text) {
		List<String> terms = NorwegianAnalysis.plainTerms(text);
		if (terms.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : terms.subList(0, Math.min(terms.size(), TermQueries.MAX_TERMS))) {
			query.add(new TermQuery(new Term(IndexFields.PLAIN, term)), Occur.SHOULD);
		}
		return query.build();
	}

	/** The best {@code limit} documents for {@code query} within {@code filter} (may be null), best first. */
	static List<Ranked> rank(IndexSearcher searcher, Query query, Query filter, int limit, Tuning tuning)
			throws IOException {
		Query first = filtered(query, filter);
		boolean feedback = tuning.feedbackDocs() > 0;
		// Fetch a few more than asked so the verified tie-break can reorder across the cut, and with feedback enough
		// for the expansion to reorder.
		int depth = feedback ? Math.max(limit * 3, FEEDBACK_DEPTH) : limit * 3;
		TopDocs top = searcher.search(first, depth);
		if (feedback) {
			Query expansion = Feedback.expansion(searcher, top, tuning.feedbackDocs(), tuning.feedbackTerms());
			if (expansion != null) {
				// Only the first pass's best are rescored: the expansion reorders, it adds no candidates, and costs
				// a pass over a few dozen documents rather than a second search.
				top = QueryRescorer.rescore(searcher, top, expansion, tuning.feedbackWeight(), depth);
			}
		}
		List<Ranked> candidates = new ArrayList<>();
		for (ScoreDoc hit : Arrays.copyOf(top.scoreDocs, Math.min(top.scoreDocs.length, limit * 3))) {
			candidates.add(new Ranked(null, hit.doc, verified(searcher, hit.doc) ? hit.score * VERIFIED_BOOST : hit.score));
		}
		candidates.sort(Comparator.comparingDouble(Ranked::score).reversed());
		List<Ranked> ranked = new ArrayList<>();
		for (Ranked c : candidates.subList(0, Math.min(limit, candidates.size()))) {
			Document doc = searcher.storedFields().document(c.luceneDoc(), IndexFields.SHOWN);
			ranked.add(new Ranked(IndexFields.Stored.of(doc), c.luceneDoc(), c.score()));
		}
		return ranked;
	}

	private static Query filtered(Query query, Query filter) {
		if (filter == null) {
			return query;
		}
		return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
	}

	private static boolean verified(IndexSearcher searcher, int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		NumericDocValues values = leaf.reader().getNumericDocValues(IndexFields.VERIFIED);
		return values != null && values.advanceExact(doc - leaf.docBase) && values.longValue() == 1;
	}

	/** A hit: its stored fields (null while only a candidate), Lucene's document number, and its score. */
	record Ranked(IndexFields.Stored doc, int luceneDoc, double score) {
	}

}
