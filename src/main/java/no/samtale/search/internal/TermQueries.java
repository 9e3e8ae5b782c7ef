package no.samtale.search.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import no.samtale.search.internal.NorwegianAnalysis.Origin;
import no.samtale.search.internal.NorwegianAnalysis.Word;

/**
 * Builds queries from analysed words, never from query syntax: whatever a user types (quotes, stars, colons,
 * brackets, AND, minus) is only text to the analyzer, so no input can fail to parse or widen a filter.
 */
final class TermQueries {

	/** Enough for a long question; more words only add noise and cost (each adds three clauses). */
	static final int MAX_TERMS = 96;

	/** A synonym says nearly as much as the word typed; a compound part much less than the whole. */
	static final Map<Origin, Float> ORIGIN_WEIGHTS = Map.of(Origin.WORD, 1.0f, Origin.SYNONYM, 0.8f, Origin.PART, 0.4f);

	private TermQueries() {
	}

	/**
	 * Any of the words of {@code text} in any text field, for ranking similar questions: the more and rarer
	 * words a discussion shares, the higher it scores. Null when no word remains (only stop words or signs).
	 */
	static Query anyWord(Analyzer analyzer, String text) {
		Map<String, Float> weights = weights(NorwegianAnalysis.positions(analyzer, text));
		if (weights.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		weights.forEach((term, weight) -> addFields(query, term, weight));
		return query.build();
	}

	/**
	 * For the search page: most of the words typed must match (each through itself, a synonym or a part), so that
	 * adding a word narrows the result as people expect. Null when no word remains.
	 */
	static Query mostWords(Analyzer analyzer, String text) {
		List<List<Word>> positions = NorwegianAnalysis.positions(analyzer, text);
		if (positions.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int clauses = 0;
		int groups = 0;
		for (List<Word> position : positions) {
			if (clauses >= MAX_TERMS) {
				break;
			}
			BooleanQuery.Builder group = new BooleanQuery.Builder();
			for (Map.Entry<String, Float> term : weights(List.of(position)).entrySet()) {
				addFields(group, term.getKey(), term.getValue());
				clauses++;
			}
			query.add(group.build(), Occur.SHOULD);
			groups++;
		}
		query.setMinimumNumberShouldMatch(groups <= 2 ? groups : (int) Math.ceil(groups * 0.6));
		return query.build();
	}

	private static Map<String, Float> weights(List<List<Word>> positions) {
		Map<String, Float> weights = new HashMap<>();
		for (List<Word> position : positions) {
			for (Word word : position) {
				if (weights.size() >= MAX_TERMS && !weights.containsKey(word.term())) {
					continue;
				}
				weights.merge(word.term(), ORIGIN_WEIGHTS.get(word.origin()), Math::max);
			}
		}
		return weights;
	}

	private static void addFields(BooleanQuery.Builder query, String term, float weight) {
		for (int f = 0; f < IndexFields.TEXT.length; f++) {
			query.add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT[f], term)), IndexFields.WEIGHTS[f] * weight),
					Occur.SHOULD);
		}
	}

	/** Only documents from these spaces: the reader's permissions as a filter that cannot be scored around. */
	static Query inSpaces(Collection<Long> spaceIds) {
		return new TermInSetQuery(IndexFields.SPACE,
				spaceIds.stream().map(id -> new BytesRef(Long.toString(id))).toList());
	}

}
