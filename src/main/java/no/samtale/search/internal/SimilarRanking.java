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
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The similar-question ranking: the words' query (the Norwegian chain with synonyms, compound parts and typos), its
 * best hits rescored by the character trigrams beside it. Pseudo-relevance feedback in the manner of RM3
 * ({@link Feedback}: the words of the first pass's best hits rescore its top {@link #FEEDBACK_DEPTH}) can follow, and
 * did from the third round to the fifth: it lifted one or two questions of a few hundred on the development and
 * validation sets alone, but among 20,000 other discussions it lost more than that on every set, whether the
 * neighbours that feed it were incoherent (mixed sentences) or agreed with each other (whole discussions asked many
 * times), so it is off (docs/search.md, fifth round). No word list beyond the admins' synonyms: only the index's
 * own text. A plain NorwegianAnalyzer BM25 clause beside the words was measured in the third round and not adopted.
 */
final class SimilarRanking {

	/** Of two equally good matches the verified one wins; a clearly better unverified match still leads. */
	static final float VERIFIED_BOOST = 1.05f;

	/** How many of the first pass's hits pseudo-relevance feedback may reorder. */
	static final int FEEDBACK_DEPTH = 30;

	/**
	 * Pseudo-relevance feedback: the words of the first pass's best {@code feedbackDocs} documents, the heaviest
	 * {@code feedbackTerms}, added at {@code feedbackWeight} (0 documents = off); and how many of the words' best
	 * hits the trigrams rescore ({@code gramDepth}).
	 */
	record Tuning(int feedbackDocs, int feedbackTerms, float feedbackWeight, int gramDepth) {

		/**
		 * The ranking in use: no feedback, the second round's ranking with the later rounds' analysis (nynorsk words,
		 * the readers' filter, the trigrams over the words' best {@link #GRAM_DEPTH}).
		 */
		static final Tuning ADOPTED = new Tuning(0, 0, 0f, GRAM_DEPTH);

		/**
		 * The third round's feedback, in use until the fifth, kept for comparison in the evaluation: ten documents,
		 * twenty words, weight 0.2 (the middle of the region where no variant of the development or validation set
		 * dropped below the ranking without it, on those sets alone).
		 */
		static final Tuning WITH_FEEDBACK = new Tuning(10, 20, 0.2f, GRAM_DEPTH);

	}

	private SimilarRanking() {
	}

	/**
	 * How many of the words' best hits the trigrams rescore. The trigrams only reorder what shares a word; scoring
	 * them over every such document (most of the index for a question of common words) cost about ten times a plain
	 * BM25 query. Rescoring the best hundred and the best thirty gave the same recall on every evaluation set, and
	 * among 20,000 distractors thirty was as good or better (a deeper pool lets the grams lift near-misses of
	 * spelling); thirty costs a third less at 100,000 documents (docs/search.md, fourth round).
	 */
	static final int GRAM_DEPTH = 30;

	/**
	 * A question as the ranking asks it: its words (what must match) and its character trigrams (how close the
	 * spelling is, at {@link TermQueries#GRAM_WEIGHT}).
	 */
	record Question(Query words, Query grams) {
	}

	/** The question for {@code text}, or null when nothing but stop words remains. */
	static Question query(Analyzer analyzer, String text, IndexSearcher searcher) {
		Query words = TermQueries.anyWord(analyzer, text, new Vocabulary(searcher.getIndexReader()));
		return words == null ? null : new Question(words, TermQueries.grams(text));
	}

	/**
	 * The best {@code limit} documents for {@code question} within {@code filter} (may be null), best first, with
	 * the verified tie-break and the lift of {@code prior} applied to the candidates.
	 */
	static List<Ranked> rank(IndexSearcher searcher, Question question, Query filter, int limit, Tuning tuning,
			UsePrior prior) throws IOException {
		boolean feedback = tuning.feedbackDocs() > 0;
		// Fetch a few more than asked so the verified tie-break and the uses can reorder across the cut, and with
		// feedback enough for the expansion to reorder.
		int depth = feedback ? Math.max(limit * 3, FEEDBACK_DEPTH) : limit * 3;
		// The words' best, then the trigrams added to their scores: the sum a query of both would give them.
		TopDocs top = searcher.search(filtered(question.words(), filter), Math.max(depth, tuning.gramDepth()));
		top = QueryRescorer.rescore(searcher, top, question.grams(), TermQueries.GRAM_WEIGHT, depth);
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
			double score = verified(searcher, hit.doc) ? hit.score * VERIFIED_BOOST : hit.score;
			candidates.add(new Ranked(null, hit.doc, score * prior.lift(docValue(searcher, hit.doc, IndexFields.DOCUMENT))));
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
		return docValue(searcher, doc, IndexFields.VERIFIED) == 1;
	}

	/** A document's numeric doc value of {@code field}, or -1 when it has none. */
	private static long docValue(IndexSearcher searcher, int doc, String field) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		NumericDocValues values = leaf.reader().getNumericDocValues(field);
		return values != null && values.advanceExact(doc - leaf.docBase) ? values.longValue() : -1;
	}

	/** A hit: its stored fields (null while only a candidate), Lucene's document number, and its score. */
	record Ranked(IndexFields.Stored doc, int luceneDoc, double score) {
	}

}
