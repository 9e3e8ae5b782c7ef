package no.samtale.search.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

import no.samtale.search.internal.NorwegianAnalysis.Origin;
import no.samtale.search.internal.NorwegianAnalysis.Word;

/**
 * Builds queries from analysed words, never from query syntax: whatever a user types (quotes, stars, colons,
 * brackets, AND, minus) is only text to the analyzer, so no input can fail to parse or widen a filter.
 */
final class TermQueries {

	/** Enough for a long question; more words only add noise and cost (each adds a clause per field). */
	static final int MAX_TERMS = 96;

	/** A synonym says nearly as much as the word typed; a compound part much less than the whole. */
	static final Map<Origin, Float> ORIGIN_WEIGHTS = Map.of(Origin.WORD, 1.0f, Origin.SYNONYM, 0.8f, Origin.PART, 0.4f);

	/** The weight of the character n-gram field beside the words; chosen on the development set (docs/search.md). */
	static final float GRAM_WEIGHT = 0.2f;

	/**
	 * A known word a typo away from an unknown one: likely what was meant, but not certainly. 0.8 and 0.9 were best
	 * on the development and validation sets with a slip in a third of the words (0.6 until the sixth round's words
	 * as written; docs/search.md).
	 */
	static final float TYPO_WEIGHT = 0.8f;

	static final int MIN_TYPO_LENGTH = 4;

	static final int MAX_TYPO_EXPANSIONS = 3;

	/** Grams of a long question beyond this add cost, not ranking (a 1,000-char question has about 1,100). */
	static final int MAX_GRAMS = 300;

	private TermQueries() {
	}

	/**
	 * The question's character n-grams, for ranking beside the words at {@link #GRAM_WEIGHT} (SimilarRanking adds
	 * them to the words' best hits), so a misspelt or differently compounded word still counts a little. The words
	 * decide what matches (a hit shares at least one word), the grams only how it ranks: grams alone would bring any
	 * text that shares a few letters.
	 */
	static Query grams(String text) {
		BooleanQuery.Builder grams = new BooleanQuery.Builder();
		int count = 0;
		for (String gram : new java.util.LinkedHashSet<>(NorwegianAnalysis.terms(GRAMS, text))) {
			if (count++ >= MAX_GRAMS) {
				break;
			}
			grams.add(new TermQuery(new Term(IndexFields.GRAMS, gram)), Occur.SHOULD);
		}
		return grams.build();
	}

	private static final Analyzer GRAMS = NorwegianAnalysis.grams();

	/**
	 * Any of the words of {@code text} in any text field, for ranking similar questions: the more and rarer
	 * words a discussion shares, the higher it scores. Null when no word remains (only stop words or signs).
	 */
	static Query anyWord(Analyzer analyzer, String text) {
		return anyWord(analyzer, text, null);
	}

	/**
	 * {@link #anyWord(Analyzer, String)}, where a word the index has never seen (and that is no known compound)
	 * also counts through the known words a typo away from it as it was written ({@link Vocabulary#neighbours}: one
	 * edit, two from eight letters, the three most frequent), as one blended term at {@link #TYPO_WEIGHT}
	 * ({@code vocabulary} may be null: then not). Words of {@link #MIN_TYPO_LENGTH} letters or more: a slip in a
	 * shorter word lands on too many others.
	 */
	static Query anyWord(Analyzer analyzer, String text, Vocabulary vocabulary) {
		List<List<Word>> positions = NorwegianAnalysis.positions(analyzer, text);
		if (positions.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int clauses = 0;
		for (List<Word> position : positions) {
			if (clauses >= MAX_TERMS) {
				break;
			}
			clauses += addPosition(query, position, vocabulary, analyzer);
		}
		return query.build();
	}

	/**
	 * For the search page: most of the words typed must match, each through itself, a synonym, or all of its
	 * known compound parts (at least two), so that adding a word narrows the result as people expect and a
	 * compound does not match everything that shares one part with it. Scored like {@link #anyWord}.
	 * Null when no word remains.
	 */
	static Query mostWords(Analyzer analyzer, String text) {
		List<List<Word>> positions = NorwegianAnalysis.positions(analyzer, text);
		if (positions.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder required = new BooleanQuery.Builder();
		int groups = 0;
		for (List<Word> position : positions.subList(0, Math.min(positions.size(), MAX_TERMS / 4))) {
			required.add(matchOf(position), Occur.SHOULD);
			groups++;
		}
		required.setMinimumNumberShouldMatch(groups <= 2 ? groups : (int) Math.ceil(groups * 0.6));
		return new BooleanQuery.Builder().add(required.build(), Occur.FILTER)
			.add(anyWord(analyzer, text), Occur.MUST)
			.build();
	}

	/** Whether a document has this word: the word or a synonym, or every one of two or more compound parts. */
	private static Query matchOf(List<Word> position) {
		BooleanQuery.Builder whole = new BooleanQuery.Builder();
		BooleanQuery.Builder parts = new BooleanQuery.Builder();
		int partCount = 0;
		for (Word word : position) {
			for (String field : IndexFields.TEXT) {
				TermQuery term = new TermQuery(new Term(field, word.term()));
				if (word.origin() == Origin.PART) {
					parts.add(term, Occur.MUST);
					partCount++;
				}
				else {
					whole.add(term, Occur.SHOULD);
				}
			}
		}
		if (partCount >= 2) {
			whole.add(parts.build(), Occur.SHOULD);
		}
		return whole.build();
	}

	/**
	 * One typed word: the word and its synonyms count as one term (Lucene's SynonymQuery blends their document
	 * frequencies, so a rare spelling such as a nynorsk form scores no higher than the common one), and each
	 * compound part adds a little on its own.
	 */
	private static int addPosition(BooleanQuery.Builder query, List<Word> position, Vocabulary vocabulary,
			Analyzer analyzer) {
		Map<String, Float> same = new LinkedHashMap<>();
		Map<String, Float> parts = new LinkedHashMap<>();
		for (Word word : position) {
			Map<String, Float> target = word.origin() == Origin.PART ? parts : same;
			target.merge(word.term(), ORIGIN_WEIGHTS.get(word.origin()), Math::max);
		}
		List<String> meant = List.of();
		if (vocabulary != null && !same.isEmpty() && same.keySet().stream().noneMatch(vocabulary::known)) {
			String typed = position.get(0).typed();
			if (parts.isEmpty() && typed.length() >= MIN_TYPO_LENGTH) {
				meant = vocabulary.neighbours(typed, typed.length() >= 8 ? 2 : 1, MAX_TYPO_EXPANSIONS);
			}
		}
		parts.keySet().removeAll(same.keySet());
		for (int f = 0; f < IndexFields.TEXT.length; f++) {
			String field = IndexFields.TEXT[f];
			if (!same.isEmpty()) {
				SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
				same.forEach((term, weight) -> synonyms.addTerm(new Term(field, term), weight));
				query.add(new BoostQuery(synonyms.build(), IndexFields.WEIGHTS[f]), Occur.SHOULD);
			}
			if (!meant.isEmpty()) {
				// One blended term, as a synonym would be: the known words stand in for the one that was typed.
				SynonymQuery.Builder near = new SynonymQuery.Builder(field);
				meant.forEach(term -> near.addTerm(new Term(field, term)));
				query.add(new BoostQuery(near.build(), IndexFields.WEIGHTS[f] * TYPO_WEIGHT), Occur.SHOULD);
			}
			for (Map.Entry<String, Float> part : parts.entrySet()) {
				query.add(new BoostQuery(new TermQuery(new Term(field, part.getKey())), IndexFields.WEIGHTS[f] * part.getValue()),
						Occur.SHOULD);
			}
		}
		return same.size() + parts.size();
	}

}
