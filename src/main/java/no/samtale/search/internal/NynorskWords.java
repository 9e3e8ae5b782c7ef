package no.samtale.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Nynorsk words that no regular rule brings to bokmål (veke → uke, arbeidsgjevar → arbeidsgiver, sjuk → syk), from
 * the list {@value #LIST}. Each pair is analysed as the index analyses text, and the filter replaces the nynorsk
 * side's stem by the bokmål side's at the end of the chain, so one pair covers the inflections both stem alike
 * (vekene, veker → ukene, uker). A maintained list of the two standards rather than synonyms: synonyms apply to
 * queries only, and a nynorsk answer should be found by a bokmål question as much as the other way round.
 */
final class NynorskWords {

	static final String LIST = "/search/nynorsk-bokmal.txt";

	private NynorskWords() {
	}

	/** The stems of the list: nynorsk stem → bokmål stem, both as the index holds them. */
	static CharArrayMap<String> stems() {
		return Holder.STEMS;
	}

	/** Reads the list once, on first use: the analysis it needs must exist before the map can be built. */
	private static final class Holder {

		static final CharArrayMap<String> STEMS = CharArrayMap.unmodifiableMap(
				new CharArrayMap<>(read(NorwegianAnalysis.withoutNynorskWords()), false));

	}

	static Map<String, String> read(Analyzer analyzer) {
		Map<String, String> stems = new HashMap<>();
		try (InputStream in = NynorskWords.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException(LIST + " is missing from the class path");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = lines.readLine()) != null) {
				int equals = line.indexOf('=');
				if (line.isBlank() || line.startsWith("#") || equals < 0) {
					continue;
				}
				String nynorsk = first(analyzer, line.substring(0, equals).strip());
				String bokmal = first(analyzer, line.substring(equals + 1).strip());
				// A stop word has no stem to replace, and a pair that analyses alike needs no entry.
				if (nynorsk != null && bokmal != null && !nynorsk.equals(bokmal)) {
					stems.putIfAbsent(nynorsk, bokmal);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(stems);
	}

	/** The whole word's term (a welfare compound's parts follow it at the same position, and are not wanted here). */
	private static String first(Analyzer analyzer, String word) {
		List<String> terms = NorwegianAnalysis.terms(analyzer, word);
		return terms.isEmpty() ? null : terms.get(0);
	}

	/** Replaces a nynorsk stem by its bokmål stem. */
	static final class Filter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final CharArrayMap<String> stems;

		Filter(TokenStream input, CharArrayMap<String> stems) {
			super(input);
			this.stems = stems;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!input.incrementToken()) {
				return false;
			}
			String bokmal = stems.get(term.buffer(), 0, term.length());
			if (bokmal != null) {
				term.setEmpty().append(bokmal);
			}
			return true;
		}

	}

}
