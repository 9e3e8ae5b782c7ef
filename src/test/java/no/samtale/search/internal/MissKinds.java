package no.samtale.search.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sorts a ranking's misses by why a word-matching engine would miss them, by rule, so the counts can be trusted
 * more than a reader's impression (and can be made on a set nobody may read while tuning). First rule that holds:
 * <ol>
 * <li>nynorsk: the question uses nynorsk function words (ikkje, kva, korleis, eg, frå …) or a nynorsk form of a
 * word the corpus has in bokmål (-ar for -er, sjuk for syk …);</li>
 * <li>spelling: a question word of four letters or more is in no discussion but within two edits of a word that
 * is;</li>
 * <li>compound: a question word is part of a longer word of the discussion, or holds a word of it;</li>
 * <li>synonym: none of these — the question says it in other words.</li>
 * </ol>
 */
final class MissKinds {

	static final List<String> KINDS = List.of("nynorsk", "spelling", "compound", "synonym");

	private static final Set<String> NYNORSK = Set.of("eg", "ikkje", "kva", "korleis", "kvifor", "kven", "kor",
			"frå", "berre", "noko", "nokon", "mykje", "heile", "eit", "ein", "ho", "dei", "vere", "vore", "kjem", "òg",
			"meir", "difor", "sjølv", "enno", "kunne", "fekk", "får", "seie", "gje", "gjev", "treng", "sjuk", "pengar",
			"søkje", "ynskjer", "veit", "skal", "åt");

	private static final Set<String> NOT_ONLY_NYNORSK = Set.of("kunne", "får", "skal", "kor");

	private final Set<String> vocabulary = new HashSet<>();

	private final Map<Long, Set<String>> words = new LinkedHashMap<>();

	MissKinds(EvaluationSet set) {
		for (EvaluationSet.Discussion d : set.discussions()) {
			Set<String> of = words(d.text());
			words.put(d.id(), of);
			vocabulary.addAll(of);
		}
	}

	/** Misses counted by kind, in the order of {@link #KINDS}. */
	Map<String, Integer> count(List<EvaluationSet.Paraphrase> misses) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		KINDS.forEach(kind -> counts.put(kind, 0));
		misses.forEach(miss -> counts.merge(kind(miss), 1, Integer::sum));
		return counts;
	}

	String kind(EvaluationSet.Paraphrase miss) {
		Set<String> asked = words(miss.question());
		if (asked.stream().anyMatch(w -> NYNORSK.contains(w) && !NOT_ONLY_NYNORSK.contains(w) || nynorskForm(w))) {
			return "nynorsk";
		}
		for (String word : asked) {
			if (word.length() >= 4 && !vocabulary.contains(word)
					&& vocabulary.stream().anyMatch(v -> Math.abs(v.length() - word.length()) <= 2 && edits(v, word) <= 2)) {
				return "spelling";
			}
		}
		Set<String> target = words.getOrDefault(miss.id(), Set.of());
		for (String word : asked) {
			if (word.length() < 4 || target.contains(word)) {
				continue;
			}
			for (String t : target) {
				if (t.length() >= 4 && !t.equals(word) && (t.contains(word) || word.contains(t))) {
					return "compound";
				}
			}
		}
		return "synonym";
	}

	/** A word in no discussion whose bokmål form is: foreldrepengar → foreldrepenger, sjukmeldt → sykmeldt. */
	private boolean nynorskForm(String word) {
		if (vocabulary.contains(word) || word.length() < 4) {
			return false;
		}
		String bokmal = word.replace("sjuk", "syk").replaceAll("ane$", "ene").replaceAll("ar$", "er")
			.replaceAll("je$", "e").replaceAll("kje", "ke");
		return !bokmal.equals(word) && vocabulary.contains(bokmal);
	}

	private static Set<String> words(String text) {
		Set<String> out = new HashSet<>();
		for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!w.isEmpty()) {
				out.add(w);
			}
		}
		return out;
	}

	/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps). */
	private static int edits(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
