package no.samtale.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Nynorsk words that no spelling rule reaches meet their bokmål words in the index's analysis. */
class NynorskWordsTests {

	private final Analyzer index = NorwegianAnalysis.index();

	private final Analyzer withoutList = NorwegianAnalysis.withoutNynorskWords();

	@Test
	void everyPairOfTheListAnalysesToOneTerm() throws IOException {
		List<String> different = new ArrayList<>();
		try (InputStream in = NynorskWords.class.getResourceAsStream(NynorskWords.LIST)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] pair = line.split("=");
				List<String> nynorsk = NorwegianAnalysis.terms(index, pair[0].strip());
				List<String> bokmal = NorwegianAnalysis.terms(index, pair[1].strip());
				List<String> bokmalAlone = NorwegianAnalysis.terms(withoutList, pair[1].strip());
				// A stop word on either side would make the pair dead; a nynorsk stem that is also a bokmål word's
				// (leiar and leie both stem to "lei") would turn that bokmål word into another: neither may be listed.
				if (nynorsk.isEmpty() || bokmal.isEmpty() || !nynorsk.get(0).equals(bokmal.get(0))
						|| !bokmal.equals(bokmalAlone)) {
					different.add(line + " → " + nynorsk + " / " + bokmal + " / " + bokmalAlone);
				}
			}
		}
		assertThat(different).isEmpty();
	}

	@Test
	void inflectionsOfAListedWordMeetTheirBokmalForms() {
		assertThat(terms("vekene")).isEqualTo(terms("uke"));
		assertThat(terms("arbeidsgjevaren")).startsWith(terms("arbeidsgiveren").get(0));
		assertThat(terms("sjukdomen")).isEqualTo(terms("sykdommen"));
		assertThat(terms("heim")).isEqualTo(terms("hjem"));
	}

	@Test
	void bokmalTextAndWordsOutsideTheListAreLeftAsTheStemmerMakesThem() {
		for (String word : List.of("leie", "leder", "dom", "høyre", "seier", "uke", "foreldrepengar")) {
			assertThat(terms(word)).as(word).isEqualTo(NorwegianAnalysis.terms(withoutList, word));
		}
	}

	private List<String> terms(String word) {
		return NorwegianAnalysis.terms(index, word);
	}

}
