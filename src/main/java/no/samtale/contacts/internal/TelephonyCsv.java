package no.samtale.contacts.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the telephony system's daily figures: a header {@code date,topic,calls,answered,average_wait_seconds}
 * (comma or semicolon, as a Norwegian spreadsheet saves it), then one row per day and line. Every fault is collected
 * with its line and column, so one answer tells the importer all that is wrong; nothing is stored unless none is.
 */
final class TelephonyCsv {

	static final List<String> COLUMNS = List.of("date", "topic", "calls", "answered", "average_wait_seconds");

	private static final int MOST_ROWS = 20_000;

	private TelephonyCsv() {
	}

	/** One day and line of figures. */
	record TelephonyRow(LocalDate day, String topic, int calls, int answered, int averageWaitSeconds) {
	}

	/** A fault at a line (1 is the header) and column of the file; {@code code} names the rule for clients to say. */
	record CsvFault(int line, String column, String code, String detail) {
	}

	record Parsed(List<TelephonyRow> rows, List<CsvFault> faults) {
	}

	static Parsed parse(String text) {
		List<CsvFault> faults = new ArrayList<>();
		List<TelephonyRow> rows = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return new Parsed(rows, List.of(new CsvFault(1, "date", "empty", "The file is empty: it needs a header and rows")));
		}
		String firstLine = text.lines().findFirst().orElse("");
		char separator = firstLine.contains(";") ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text.strip()), format)) {
			List<CSVRecord> records = parser.getRecords();
			if (!header(records.get(0), faults)) {
				return new Parsed(rows, faults);
			}
			if (records.size() == 1) {
				faults.add(new CsvFault(2, "date", "empty", "The file has a header but no rows"));
			}
			if (records.size() > MOST_ROWS + 1) {
				faults.add(new CsvFault(MOST_ROWS + 2, "date", "too-many-rows", "At most " + MOST_ROWS + " rows in one file"));
				return new Parsed(rows, faults);
			}
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (int i = 1; i < records.size(); i++) {
				row(records.get(i), i + 1, faults, rows, seen);
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
			faults.add(new CsvFault(1, "date", "unreadable", "The file is not readable as CSV"));
		}
		return new Parsed(rows, faults);
	}

	private static boolean header(CSVRecord header, List<CsvFault> faults) {
		for (int i = 0; i < COLUMNS.size(); i++) {
			String found = i < header.size() ? header.get(i).strip().toLowerCase(Locale.ROOT) : "";
			if (!COLUMNS.get(i).equals(found.replace("\uFEFF", ""))) {
				faults.add(new CsvFault(1, COLUMNS.get(i), "header", "Column " + (i + 1) + " of the header must be '"
						+ COLUMNS.get(i) + "'; the header is " + String.join(",", COLUMNS)));
			}
		}
		return faults.isEmpty();
	}

	private static void row(CSVRecord record, int line, List<CsvFault> faults, List<TelephonyRow> rows,
			java.util.Set<String> seen) {
		if (record.size() != COLUMNS.size()) {
			faults.add(new CsvFault(line, COLUMNS.get(Math.min(record.size(), COLUMNS.size() - 1)), "columns",
					"The row has " + record.size() + " columns, not " + COLUMNS.size()));
			return;
		}
		int before = faults.size();
		LocalDate day = null;
		try {
			day = LocalDate.parse(record.get(0));
			if (day.isAfter(LocalDate.now(ContactLog.OSLO))) {
				faults.add(new CsvFault(line, "date", "future", "A day in the future"));
			}
		}
		catch (DateTimeParseException e) {
			faults.add(new CsvFault(line, "date", "date", "Not a date as yyyy-MM-dd"));
		}
		String topic = record.get(1).strip().toLowerCase(Locale.ROOT);
		if (!ContactTopics.KEYS.contains(topic)) {
			faults.add(new CsvFault(line, "topic", "topic", "Unknown topic; one of " + ContactTopics.KEYS));
		}
		int calls = count(record.get(2), line, "calls", faults);
		int answered = count(record.get(3), line, "answered", faults);
		int wait = count(record.get(4), line, "average_wait_seconds", faults);
		if (faults.size() == before && answered > calls) {
			faults.add(new CsvFault(line, "answered", "answered-exceeds-calls", "More calls answered than came in"));
		}
		if (faults.size() == before && !seen.add(day + "/" + topic)) {
			// Which of two rows for one day and line counts is not for the server to guess.
			faults.add(new CsvFault(line, "date", "duplicate", "The day " + day + " and topic " + topic + " came earlier in the file"));
		}
		if (faults.size() == before) {
			rows.add(new TelephonyRow(day, topic, calls, answered, wait));
		}
	}

	private static int count(String value, int line, String column, List<CsvFault> faults) {
		try {
			int n = Integer.parseInt(value.strip());
			if (n < 0) {
				faults.add(new CsvFault(line, column, "negative", "Must be zero or more"));
			}
			return n;
		}
		catch (NumberFormatException e) {
			faults.add(new CsvFault(line, column, "number", "Not a whole number"));
			return 0;
		}
	}

}
