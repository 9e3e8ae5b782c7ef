package no.samtale.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchSource;

/** The hand-written evaluation corpus and paraphrase pairs in {@code src/test/resources/search}. */
record EvaluationSet(List<Discussion> discussions, List<Paraphrase> paraphrases) {

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
		List<Discussion> discussions = lines("corpus.txt").stream().map(line -> line.split("\\|", -1))
			.map(f -> new Discussion(Long.parseLong(f[0]), f[1], f[2], f[3], f[4])).toList();
		List<Paraphrase> paraphrases = lines("paraphrases.txt").stream().map(line -> line.split("\\|", -1))
			.map(f -> new Paraphrase(Long.parseLong(f[0]), f[1])).toList();
		return new EvaluationSet(discussions, paraphrases);
	}

	private static List<String> lines(String name) {
		try (InputStream in = EvaluationSet.class.getResourceAsStream("/search/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
