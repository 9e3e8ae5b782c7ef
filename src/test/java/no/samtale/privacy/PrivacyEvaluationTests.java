package no.samtale.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Precision and recall of the detector on made-up Norwegian comments, chat messages and forum posts
 * ({@code privacy/eval-sentences.tsv}, written by {@code make-eval-sentences.py} from {@code eval-templates.txt}).
 * A finding counts only when its type and span both match. The figures go to docs/benchmarks.md.
 */
class PrivacyEvaluationTests {

	private static final PersonalDataDetector detector = new PersonalDataDetector();

	/** Just under what the detector achieves, so a regression fails and a small wobble does not. */
	private static final double MIN_PRECISION = 0.99;

	private static final double MIN_RECALL = 0.99;

	private record Expected(FindingType type, int start, int end) {
	}

	private static final class Count {

		int truePositives;

		int falsePositives;

		int falseNegatives;

		double precision() {
			return ratio(truePositives, truePositives + falsePositives);
		}

		double recall() {
			return ratio(truePositives, truePositives + falseNegatives);
		}

		private static double ratio(int part, int whole) {
			return whole == 0 ? 1.0 : (double) part / whole;
		}

	}

	@Test
	void theDetectorFindsEveryIdentityNumberAndLittleElse() throws IOException {
		Map<FindingType, Count> counts = new EnumMap<>(FindingType.class);
		Count all = new Count();
		List<String> misses = new ArrayList<>();
		List<String> invalidFound = new ArrayList<>();
		int sentences = 0;
		for (String line : lines()) {
			sentences++;
			String[] cells = line.split("\t");
			String sentence = cells[0];
			Set<Expected> expected = new HashSet<>();
			List<int[]> forbidden = new ArrayList<>();
			for (int i = 1; i + 1 < cells.length; i += 2) {
				int start = sentence.indexOf(cells[i + 1]);
				assertThat(start).as("%s in %s", cells[i + 1], sentence).isNotNegative();
				if (cells[i].equals("none")) {
					forbidden.add(new int[] { start, start + cells[i + 1].length() });
				}
				else {
					expected.add(new Expected(type(cells[i]), start, start + cells[i + 1].length()));
				}
			}
			List<Finding> found = detector.scan(sentence);
			for (Finding finding : found) {
				Count count = counts.computeIfAbsent(finding.type(), type -> new Count());
				if (expected.remove(new Expected(finding.type(), finding.start(), finding.end()))) {
					count.truePositives++;
					all.truePositives++;
				}
				else {
					count.falsePositives++;
					all.falsePositives++;
					misses.add("unexpected " + finding.type().code() + " '" + sentence.substring(finding.start(), finding.end())
							+ "' in: " + sentence);
				}
				if (forbidden.stream().anyMatch(span -> finding.start() < span[1] && span[0] < finding.end())) {
					invalidFound.add(sentence);
				}
			}
			for (Expected missed : expected) {
				counts.computeIfAbsent(missed.type(), type -> new Count()).falseNegatives++;
				all.falseNegatives++;
				misses.add("missed " + missed.type().code() + " '" + sentence.substring(missed.start(), missed.end())
						+ "' in: " + sentence);
			}
		}
		LoggerFactory.getLogger(PrivacyEvaluationTests.class).info("Detector on {} sentences:\n{}{}", sentences,
				table(counts, all), misses.isEmpty() ? "" : "\n" + String.join("\n", misses));

		assertThat(sentences).isGreaterThanOrEqualTo(200);
		assertThat(invalidFound).as("eleven digits whose control digits fail, found").isEmpty();
		counts.forEach((type, count) -> {
			if (type.identityNumber()) {
				assertThat(count.recall()).as("recall on %s", type.code()).isEqualTo(1.0);
			}
		});
		assertThat(all.precision()).as("precision over all types").isGreaterThanOrEqualTo(MIN_PRECISION);
		assertThat(all.recall()).as("recall over all types").isGreaterThanOrEqualTo(MIN_RECALL);
	}

	private static String table(Map<FindingType, Count> counts, Count all) {
		StringBuilder table = new StringBuilder("| type | expected | found | correct | precision | recall |\n|---|---|---|---|---|---|\n");
		counts.forEach((type, count) -> row(table, type.code(), count));
		row(table, "**all**", all);
		return table.toString();
	}

	private static void row(StringBuilder table, String name, Count count) {
		table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f |%n", name,
				count.truePositives + count.falseNegatives, count.truePositives + count.falsePositives,
				count.truePositives, count.precision(), count.recall()));
	}

	private static FindingType type(String code) {
		for (FindingType type : FindingType.values()) {
			if (type.code().equals(code)) {
				return type;
			}
		}
		throw new IllegalArgumentException("No finding type " + code);
	}

	private static List<String> lines() throws IOException {
		try (InputStream in = PrivacyEvaluationTests.class.getResourceAsStream("/privacy/eval-sentences.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

}
