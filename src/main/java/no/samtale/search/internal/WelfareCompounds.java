package no.samtale.search.internal;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Word parts that welfare compounds are built from, in bokmål and nynorsk. A compound such as
 * {@code foreldrepengeperioden} is indexed as itself and as the parts found here, so a question about
 * "perioden med foreldrepenger" finds it. Lucene's hyphenation-based splitter would need a Norwegian hyphenation
 * grammar that is not freely available, and a short curated list splits the words that matter without
 * over-splitting everyday ones. Parts are at least four letters, so short words such as "far" never match
 * inside "farlig".
 */
final class WelfareCompounds {

	static final List<String> PARTS = List.of(
			// benefits and money
			"penger", "penge", "pengar", "stønad", "stonad", "trygd", "pensjon", "støtte", "tilskudd", "tilskot",
			"tillegg", "ytelse", "ytelser", "bidrag", "lønn", "inntekt", "skatt", "sats", "beløp", "grunnbeløp",
			// who
			"foreldre", "forelder", "barn", "born", "fedre", "mødre", "pappa", "mamma", "enslig", "einsleg", "arbeidsgiver",
			"arbeidsgjevar", "arbeidstaker", "lege", "veileder", "rettleiar", "student", "pensjonist",
			// life events and conditions
			"syke", "sjuke", "sjuk", "sykdom", "sjukdom", "uføre", "ufør", "arbeid", "arbeids", "avklaring",
			"engang", "kontant", "dagpenger", "fødsel", "fødsels", "adopsjon", "omsorg", "pleie", "opplæring",
			"ledig", "ledighet", "permisjon", "perm", "permittering", "permittert", "svangerskap", "graviditet", "gravid",
			"ferie", "barnehage", "skole", "bolig", "bustad", "alder", "alders", "etterlatte", "gjenlevende",
			"attføring", "tiltak", "kurs", "jobb", "søker", "søknad", "søknads",
			// time and process
			"periode", "perioden", "kvote", "kvoten", "uker", "veke", "veker", "måned", "månad", "frist",
			"melding", "melde", "meldekort", "kort", "vedtak", "klage", "anke", "plan", "oppfølging", "oppfølgings",
			"utbetaling", "utbetalt", "refusjon", "gradering", "gradert", "uttak", "fravær", "fråvær", "egenmelding",
			"sykmelding", "sjukmelding", "sykemelding", "sykmeldt", "sjukmeld", "attest", "erklæring", "skjema", "dokument",
			"grense", "regel", "regler", "rett", "beregning", "grunnlag", "opptjening", "krav", "dato");

	private WelfareCompounds() {
	}

	static CharArraySet dictionary() {
		return new CharArraySet(PARTS, true);
	}

}
