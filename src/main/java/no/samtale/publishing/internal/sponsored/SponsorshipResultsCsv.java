package no.samtale.publishing.internal.sponsored;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.samtale.platform.CsvReader;
import no.samtale.platform.CsvReader.Row;

/**
 * Reads sponsored posts' results copied from the platforms' ad reports: a header
 * {@code postId,spendNok,reach,clicks,results} (comma or semicolon, as a Norwegian spreadsheet saves it), then one
 * row per sponsored post. Every fault is collected with its line (1 is the header) and column, so one answer tells the
 * editor all that is wrong; nothing is stored unless there is none.
 */
final class SponsorshipResultsCsv {

	static final List<String> COLUMNS = List.of("postId", "spendNok", "reach", "clicks", "results");

	static final int MOST_ROWS = 1_000;

	private SponsorshipResultsCsv() {
	}

	/** One post's figures as the file gives them, with the line they came from. */
	record ResultsRow(int line, long postId, int spendNok, @Nullable Long reach, @Nullable Long clicks,
			@Nullable String results) {
	}

	static CsvReader.Parsed<ResultsRow> parse(@Nullable String text) {
		Set<Long> seen = new HashSet<>();
		return CsvReader.read(text, COLUMNS, MOST_ROWS, row -> row(row, seen));
	}

	private static @Nullable ResultsRow row(Row row, Set<Long> seen) {
		Long postId = whole(row, 0, "postId", true);
		Long spend = whole(row, 1, "spendNok", true);
		if (spend != null && spend > Sponsorships.MOST_NOK) {
			row.fault("spendNok", "too-large", "At most " + Sponsorships.MOST_NOK + " kroner");
		}
		Long reach = whole(row, 2, "reach", false);
		Long clicks = whole(row, 3, "clicks", false);
		String results = row.cell(4).strip();
		if (results.length() > 2000) {
			row.fault("results", "too-long", "At most 2000 characters");
		}
		if (row.clean() && !seen.add(postId)) {
			// Which of two rows for one post counts is not for the server to guess.
			row.fault("postId", "duplicate", "The post " + postId + " came earlier in the file");
		}
		return row.clean() ? new ResultsRow(row.line(), postId, spend.intValue(), reach, clicks,
				results.isEmpty() ? null : results) : null;
	}

	/**
	 * A whole number as a spreadsheet writes it: spaces (also the no-break space of Norwegian thousands) are taken
	 * out, so "12 500" is 12500; a decimal or a sign is not a count of kroner or people.
	 */
	private static @Nullable Long whole(Row row, int index, String column, boolean required) {
		String value = row.cell(index).replace(" ", "").replace("\u00A0", "").replace("\u202F", "").strip();
		if (value.isEmpty()) {
			if (required) {
				row.fault(column, "missing", "Must be given");
			}
			return null;
		}
		if (value.startsWith("-") && value.substring(1).chars().allMatch(Character::isDigit) && value.length() > 1) {
			row.fault(column, "negative", "Must be zero or more");
			return null;
		}
		if (!value.chars().allMatch(Character::isDigit) || value.length() > 15) {
			row.fault(column, "number", "Not a whole number");
			return null;
		}
		return Long.valueOf(value.toLowerCase(Locale.ROOT));
	}

}
