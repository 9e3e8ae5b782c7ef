package no.samtale.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded CSV file with a fixed header, for imports that store all or nothing and answer every fault at
 * once. The separator is a comma or, as a Norwegian spreadsheet saves it, a semicolon; the header must name the
 * columns in order (case and a byte-order mark aside); every fault is kept with its line and column. The caller turns
 * each row's cells into its own record and adds the faults of its own rules to the {@link Row}.
 */
public final class CsvReader {

	private CsvReader() {
	}

	/** What a file gave: the rows read without a fault, and every fault. Store the rows only when there is none. */
	public record Parsed<R>(List<R> rows, List<CsvFault> faults) {
	}

	/** One row of the file, with as many cells as the header has columns. */
	public static final class Row {

		private final CSVRecord record;

		private final int line;

		private final List<CsvFault> faults;

		private final int faultsBefore;

		private Row(CSVRecord record, int line, List<CsvFault> faults) {
			this.record = record;
			this.line = line;
			this.faults = faults;
			this.faultsBefore = faults.size();
		}

		/** The line of the file (1 is the header). */
		public int line() {
			return line;
		}

		/** The cell of the column at {@code index} (0 is the first), as the file has it but for surrounding spaces. */
		public String cell(int index) {
			return record.get(index);
		}

		public void fault(String column, String code, String detail) {
			faults.add(new CsvFault(line, column, code, detail));
		}

		/** Whether no fault has been found in this row so far: checks that need sound cells go after this. */
		public boolean clean() {
			return faults.size() == faultsBefore;
		}

	}

	/**
	 * Reads {@code text} with the header {@code columns} and at most {@code mostRows} rows. {@code reader} turns a row
	 * into the caller's record, adding the row's faults; it returns null where it found one (the row is left out).
	 * Faults of the file as a whole (empty, unreadable, a wrong header, too many rows) name the first column.
	 */
	public static <R> Parsed<R> read(@Nullable String text, List<String> columns, int mostRows,
			Function<Row, @Nullable R> reader) {
		List<CsvFault> faults = new ArrayList<>();
		List<R> rows = new ArrayList<>();
		String first = columns.get(0);
		if (text == null || text.isBlank()) {
			return new Parsed<>(rows, List.of(new CsvFault(1, first, "empty", "The file is empty: it needs a header and rows")));
		}
		String file = text.strip();
		char separator = file.lines().findFirst().orElse("").contains(";") ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(file), format)) {
			List<CSVRecord> records = parser.getRecords();
			if (!header(records.get(0), columns, faults)) {
				return new Parsed<>(rows, faults);
			}
			if (records.size() == 1) {
				faults.add(new CsvFault(2, first, "empty", "The file has a header but no rows"));
			}
			if (records.size() > mostRows + 1) {
				faults.add(new CsvFault(mostRows + 2, first, "too-many-rows", "At most " + mostRows + " rows in one file"));
				return new Parsed<>(rows, faults);
			}
			for (int i = 1; i < records.size(); i++) {
				row(records.get(i), i + 1, columns, faults, reader, rows);
			}
		}
		catch (IOException | IllegalStateException | UncheckedIOException e) {
			faults.add(new CsvFault(1, first, "unreadable", "The file is not readable as CSV"));
		}
		return new Parsed<>(rows, faults);
	}

	private static boolean header(CSVRecord header, List<String> columns, List<CsvFault> faults) {
		for (int i = 0; i < columns.size(); i++) {
			String found = i < header.size() ? header.get(i).strip().replace("\uFEFF", "") : "";
			if (!columns.get(i).equalsIgnoreCase(found)) {
				faults.add(new CsvFault(1, columns.get(i), "header", "Column " + (i + 1) + " of the header must be '"
						+ columns.get(i) + "'; the header is " + String.join(",", columns)));
			}
		}
		return faults.isEmpty();
	}

	private static <R> void row(CSVRecord record, int line, List<String> columns, List<CsvFault> faults,
			Function<Row, @Nullable R> reader, List<R> rows) {
		if (record.size() != columns.size()) {
			faults.add(new CsvFault(line, columns.get(Math.min(record.size(), columns.size() - 1)), "columns",
					"The row has " + record.size() + " columns, not " + columns.size()));
			return;
		}
		Row row = new Row(record, line, faults);
		R read = reader.apply(row);
		if (read != null && row.clean()) {
			rows.add(read);
		}
	}

}
