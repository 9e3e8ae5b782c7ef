package no.samtale.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.no.NorwegianNormalizationFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The Norwegian analysis chain, the same at index and query time except that queries also expand synonyms:
 * <ol>
 * <li>standard tokenizer, lower case;</li>
 * <li>Norwegian normalisation: aa→å, ae→æ, oe→ø, ä→æ, ö→ø, so old spellings and Swedish keyboards meet;</li>
 * <li>(query only) synonyms from the database, whole words, before anything else changes them;</li>
 * <li>Norwegian stop words;</li>
 * <li>welfare compounds split into their parts, keeping the whole word too;</li>
 * <li>regular nynorsk spellings brought to bokmål (-leg, -heit, kj/gj before e);</li>
 * <li>light stemming with both the bokmål and the nynorsk rules;</li>
 * <li>folding of æ/ø/å to a/o/a, so a query typed without Norwegian letters still meets the stems;</li>
 * <li>nynorsk stems that no rule reaches replaced by their bokmål stems ({@link NynorskWords}).</li>
 * </ol>
 * Synonyms expand at query time only, so an admin's edit takes effect at once without reindexing.
 */
final class NorwegianAnalysis {

	private static final CharArraySet STOP_WORDS = NorwegianAnalyzer.getDefaultStopSet();

	private static final CharArraySet COMPOUND_PARTS = WelfareCompounds.dictionary();

	private NorwegianAnalysis() {
	}

	/** The analyzer documents are indexed with (and highlighted with). */
	static Analyzer index() {
		return chain(null, true);
	}

	/** The analyzer queries run through, expanding {@code synonyms} (may be null). */
	static Analyzer query(SynonymMap synonyms) {
		return chain(synonyms, true);
	}

	/** The index's chain before {@link NynorskWords}, which analyses its own list with it. */
	static Analyzer withoutNynorskWords() {
		return chain(null, false);
	}

	/** The part of the chain that synonym entries pass through, so they match what the query filter sees. */
	static Analyzer synonymEntries() {
		return sameForEveryField(() -> {
			Tokenizer source = new StandardTokenizer();
			return new Analyzer.TokenStreamComponents(source, new NorwegianNormalizationFilter(new LowerCaseFilter(source)));
		});
	}

	/** The distinct terms {@code text} becomes, in order of first appearance. */
	static List<String> terms(Analyzer analyzer, String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ArrayList<>(terms);
	}

	/**
	 * A query word as analysed: what it became, whether it is the word itself, a synonym or a part of it, and the
	 * text it was analysed from.
	 */
	record Word(String term, Origin origin, String typed) {
	}

	enum Origin {
		WORD, SYNONYM, PART
	}

	/**
	 * The analysed words of {@code text} grouped by position: each group holds a word typed by the user with its
	 * synonyms and compound parts, which the analysis puts at the same position.
	 */
	static List<List<Word>> positions(Analyzer analyzer, String text) {
		List<List<Word>> groups = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				boolean newPosition = increment.getPositionIncrement() > 0 || groups.isEmpty();
				if (newPosition) {
					groups.add(new ArrayList<>());
				}
				Origin origin = CompoundPartsFilter.TYPE.equals(type.type()) ? Origin.PART
						: SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) ? Origin.SYNONYM : Origin.WORD;
				groups.get(groups.size() - 1)
					.add(new Word(term.toString(), origin, text.substring(offset.startOffset(), offset.endOffset())));
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return groups;
	}

	/**
	 * Character trigrams of each word with its ends marked ("_syk" … "kt_"), folded like the words: a misspelt or
	 * differently compounded word still shares most of its trigrams with the right one. The marked ends were worth
	 * 0.04 recall@1 on the development set over unmarked grams, which match inside unrelated words.
	 */
	static Analyzer grams() {
		return sameForEveryField(NorwegianAnalysis::gramComponents);
	}

	private static Analyzer.TokenStreamComponents gramComponents() {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new NorwegianNormalizationFilter(stream);
		stream = new ScandinavianFoldingFilter(stream);
		stream = new PatternReplaceFilter(stream, WHOLE_TOKEN, "_$1_", false);
		stream = new NGramTokenFilter(stream, GRAM, GRAM, false);
		return new Analyzer.TokenStreamComponents(source, stream);
	}

	/**
	 * Words as written, for the spelling lexicon ({@link Vocabulary}): lower case, normalised and folded like the
	 * words, but neither stemmed nor split, so a slip is looked up against what people type and not against a stem
	 * the slip may have changed ("papap" is one swap from "pappa", two edits from its stem "papp").
	 */
	static Analyzer spelled() {
		return sameForEveryField(NorwegianAnalysis::spelledComponents);
	}

	private static Analyzer sameForEveryField(Supplier<Analyzer.TokenStreamComponents> chain) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				return chain.get();
			}
		};
	}

	private static Analyzer.TokenStreamComponents spelledComponents() {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new NorwegianNormalizationFilter(stream);
		stream = new StopFilter(stream, STOP_WORDS);
		stream = new ScandinavianFoldingFilter(stream);
		return new Analyzer.TokenStreamComponents(source, stream);
	}

	private static final Pattern WHOLE_TOKEN = Pattern.compile("^(.*)$");

	/** Trigrams: 3 alone and 3–4 were best on the development set; 4 or 3–5 alone less so (docs/search.md). */
	static final int GRAM = 3;

	private static Analyzer chain(SynonymMap synonyms, boolean nynorskWords) {
		// Per field: the grams field has a chain of its own, and the default global reuse would hand it the words'.
		return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				if (IndexFields.GRAMS.equals(field)) {
					return gramComponents();
				}
				if (IndexFields.SPELLED.equals(field)) {
					return spelledComponents();
				}
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(source);
				stream = new NorwegianNormalizationFilter(stream);
				if (synonyms != null && synonyms.fst != null) {
					stream = new SynonymGraphFilter(stream, synonyms, true);
				}
				stream = new StopFilter(stream, STOP_WORDS);
				stream = new CompoundPartsFilter(stream, COMPOUND_PARTS, 6, 4);
				stream = new NynorskFoldingFilter(stream);
				// Light stemming with both rule sets won over the minimal stemmer and Snowball (docs/search.md).
				stream = new NorwegianLightStemFilter(stream,
						NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK);
				stream = new ScandinavianFoldingFilter(stream);
				if (nynorskWords) {
					stream = new NynorskWords.Filter(stream, NynorskWords.stems());
				}
				return new TokenStreamComponents(source, stream);
			}
		};
	}

}
