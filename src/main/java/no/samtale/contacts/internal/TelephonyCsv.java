package no.samtale.contacts.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import no.samtale.platform.CsvFault;
import no.samtale.platform.CsvReader;
import no.samtale.platform.CsvReader.Row;

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

	static CsvReader.Parsed<TelephonyRow> parse(@Nullable String text) {
		Set<String> seen = new HashSet<>();
		return CsvReader.read(text, COLUMNS, MOST_ROWS, row -> row(row, seen));
	}

	private static @Nullable TelephonyRow row(Row row, Set<String> seen) {
		LocalDate day = null;
		try {
			day = LocalDate.parse(row.cell(0));
			if (day.isAfter(LocalDate.now(ContactLog.OSLO))) {
				row.fault("date", "future", "A day in the future");
			}
		}
		catch (DateTimeParseException e) {
			row.fault("date", "date", "Not a date as yyyy-MM-dd");
		}
		String topic = row.cell(1).strip().toLowerCase(Locale.ROOT);
		if (!ContactTopics.KEYS.contains(topic)) {
			row.fault("topic", "topic", "Unknown topic; one of " + ContactTopics.KEYS);
		}
		int calls = count(row, 2, "calls");
		int answered = count(row, 3, "answered");
		int wait = count(row, 4, "average_wait_seconds");
		if (row.clean() && answered > calls) {
			row.fault("answered", "answered-exceeds-calls", "More calls answered than came in");
		}
		if (row.clean() && !seen.add(day + "/" + topic)) {
			// Which of two rows for one day and line counts is not for the server to guess.
			row.fault("date", "duplicate", "The day " + day + " and topic " + topic + " came earlier in the file");
		}
		return row.clean() ? new TelephonyRow(day, topic, calls, answered, wait) : null;
	}

	private static int count(Row row, int index, String column) {
		try {
			int n = Integer.parseInt(row.cell(index).strip());
			if (n < 0) {
				row.fault(column, "negative", "Must be zero or more");
			}
			return n;
		}
		catch (NumberFormatException e) {
			row.fault(column, "number", "Not a whole number");
			return 0;
		}
	}

}
