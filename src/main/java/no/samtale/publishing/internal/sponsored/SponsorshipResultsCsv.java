package no.samtale.publishing.internal.sponsored;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

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

	/** A fault at a line and column; {@code code} names the rule for clients to say in their reader's language. */
	record CsvFault(int line, String column, String code, String detail) {
	}

	record Parsed(List<ResultsRow> rows, List<CsvFault> faults) {
	}

	static Parsed parse(@Nullable String text) {
		List<CsvFault> faults = new ArrayList<>();
		List<ResultsRow> rows = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return new Parsed(rows, List.of(new CsvFault(1, "postId", "empty", "The file is empty: it needs a header and rows")));
		}
		String firstLine = text.strip().lines().findFirst().orElse("");
		char separator = firstLine.contains(";") ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text.strip()), format)) {
			List<CSVRecord> records = parser.getRecords();
			if (!header(records.get(0), faults)) {
				return new Parsed(rows, faults);
			}
			if (records.size() == 1) {
				faults.add(new CsvFault(2, "postId", "empty", "The file has a header but no rows"));
			}
			if (records.size() > MOST_ROWS + 1) {
				faults.add(new CsvFault(MOST_ROWS + 2, "postId", "too-many-rows", "At most " + MOST_ROWS + " rows in one file"));
				return new Parsed(rows, faults);
			}
			Set<Long> seen = new HashSet<>();
			for (int i = 1; i < records.size(); i++) {
				row(records.get(i), i + 1, faults, rows, seen);
			}
		}
		catch (IOException | IllegalStateException | UncheckedIOException e) {
			faults.add(new CsvFault(1, "postId", "unreadable", "The file is not readable as CSV"));
		}
		return new Parsed(rows, faults);
	}

	private static boolean header(CSVRecord header, List<CsvFault> faults) {
		for (int i = 0; i < COLUMNS.size(); i++) {
			String found = i < header.size() ? header.get(i).strip().replace("\uFEFF", "") : "";
			if (!COLUMNS.get(i).equalsIgnoreCase(found)) {
				faults.add(new CsvFault(1, COLUMNS.get(i), "header", "Column " + (i + 1) + " of the header must be '"
						+ COLUMNS.get(i) + "'; the header is " + String.join(",", COLUMNS)));
			}
		}
		return faults.isEmpty();
	}

	private static void row(CSVRecord record, int line, List<CsvFault> faults, List<ResultsRow> rows, Set<Long> seen) {
		if (record.size() != COLUMNS.size()) {
			faults.add(new CsvFault(line, COLUMNS.get(Math.min(record.size(), COLUMNS.size() - 1)), "columns",
					"The row has " + record.size() + " columns, not " + COLUMNS.size()));
			return;
		}
		int before = faults.size();
		Long postId = whole(record.get(0), line, "postId", true, faults);
		Long spend = whole(record.get(1), line, "spendNok", true, faults);
		if (spend != null && spend > Sponsorships.MOST_NOK) {
			faults.add(new CsvFault(line, "spendNok", "too-large", "At most " + Sponsorships.MOST_NOK + " kroner"));
		}
		Long reach = whole(record.get(2), line, "reach", false, faults);
		Long clicks = whole(record.get(3), line, "clicks", false, faults);
		String results = record.get(4).strip();
		if (results.length() > 2000) {
			faults.add(new CsvFault(line, "results", "too-long", "At most 2000 characters"));
		}
		if (faults.size() == before && !seen.add(postId)) {
			// Which of two rows for one post counts is not for the server to guess.
			faults.add(new CsvFault(line, "postId", "duplicate", "The post " + postId + " came earlier in the file"));
		}
		if (faults.size() == before) {
			rows.add(new ResultsRow(line, postId, spend.intValue(), reach, clicks, results.isEmpty() ? null : results));
		}
	}

	/**
	 * A whole number as a spreadsheet writes it: spaces (also the no-break space of Norwegian thousands) are taken
	 * out, so "12 500" is 12500; a decimal or a sign is not a count of kroner or people.
	 */
	private static @Nullable Long whole(String cell, int line, String column, boolean required, List<CsvFault> faults) {
		String value = cell.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").strip();
		if (value.isEmpty()) {
			if (required) {
				faults.add(new CsvFault(line, column, "missing", "Must be given"));
			}
			return null;
		}
		if (value.startsWith("-") && value.substring(1).chars().allMatch(Character::isDigit) && value.length() > 1) {
			faults.add(new CsvFault(line, column, "negative", "Must be zero or more"));
			return null;
		}
		if (!value.chars().allMatch(Character::isDigit) || value.length() > 15) {
			faults.add(new CsvFault(line, column, "number", "Not a whole number"));
			return null;
		}
		return Long.valueOf(value.toLowerCase(Locale.ROOT));
	}

}
