package no.samtale.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchSource;

/**
 * An evaluation corpus and its paraphrase pairs: the development set in {@code src/test/resources/search} (tuned
 * on), or the frozen test set in {@code src/test/resources/search/frozen} (written independently, never tuned on).
 */
record EvaluationSet(String name, List<Discussion> discussions, List<Paraphrase> paraphrases) {

	static final String DEVELOPMENT = "search";

	static final String FROZEN = "search/frozen";

	record Discussion(long id, String topic, String title, String question, String answer) {

		IndexableDocument document() {
			return new IndexableDocument(SearchSource.FORUM, id, 1, "TOPIC", title, question, answer, "ANSWERED", false,
					Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id));
		}

		String text() {
			return title + " " + question + " " + answer;
		}

	}

	record Paraphrase(long id, String question) {
	}

	static EvaluationSet load() {
		return load(DEVELOPMENT);
	}

	static EvaluationSet load(String folder) {
		List<Discussion> discussions = lines(folder, "corpus.txt").stream().map(line -> line.split("\\|", -1))
			.map(f -> new Discussion(Long.parseLong(f[0].strip()), f[1], f[2], f[3], f[4])).toList();
		return new EvaluationSet(folder, discussions, paraphrases(folder));
	}

	/**
	 * Paraphrases kept in a folder of their own for another set's corpus: the development corpus with the questions
	 * of {@code search/wording}, written to avoid each discussion's own key words.
	 */
	static EvaluationSet paraphrasesOf(EvaluationSet corpus, String folder) {
		return new EvaluationSet(folder, corpus.discussions(), paraphrases(folder));
	}

	private static List<Paraphrase> paraphrases(String folder) {
		return lines(folder, "paraphrases.txt").stream().map(line -> line.split("\\|", -1))
			.map(f -> new Paraphrase(Long.parseLong(f[0].strip()), f[1])).toList();
	}

	/** The frozen test set, when it has been added. */
	static java.util.Optional<EvaluationSet> frozen() {
		return EvaluationSet.class.getResource("/" + FROZEN + "/paraphrases.txt") == null ? java.util.Optional.empty()
				: java.util.Optional.of(load(FROZEN));
	}

	/** Each paraphrase's labels from the set's sidecar (language, then extras), or empty when it has none. */
	static List<List<String>> labels(String folder) {
		if (EvaluationSet.class.getResource("/" + folder + "/paraphrases_features.tsv") == null) {
			return List.of();
		}
		return lines(folder, "paraphrases_features.tsv").stream().map(line -> line.split("\t", -1)).map(f -> {
			List<String> labels = new java.util.ArrayList<>();
			labels.add(f[2].strip());
			if (f.length > 3) {
				for (String extra : f[3].split("[, ]+")) {
					if (!extra.isBlank()) {
						labels.add(extra.strip());
					}
				}
			}
			return List.copyOf(labels);
		}).toList();
	}

	private static List<String> lines(String folder, String name) {
		try (InputStream in = EvaluationSet.class.getResourceAsStream("/" + folder + "/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
