package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shared rules of an uploaded CSV file, at unit speed: the importers' own rules are tested with them. */
class CsvReaderTests {

	private static final List<String> COLUMNS = List.of("name", "count");

	private static CsvReader.Parsed<String> read(String text, int mostRows) {
		return CsvReader.read(text, COLUMNS, mostRows, row -> {
			if (row.cell(1).isEmpty()) {
				row.fault("count", "missing", "Must be given");
			}
			return row.clean() ? row.line() + ":" + row.cell(0) + "=" + row.cell(1) : null;
		});
	}

	private static List<String> faults(CsvReader.Parsed<String> parsed) {
		return parsed.faults().stream().map(f -> f.line() + ":" + f.column() + ":" + f.code()).toList();
	}

	@Test
	void aSpreadsheetsSemicolonsHeaderCaseAndByteOrderMarkAreAccepted() {
		CsvReader.Parsed<String> parsed = read("\n\uFEFFName; COUNT\n a ; 1\nb;2\n", 10);
		assertThat(parsed.faults()).isEmpty();
		assertThat(parsed.rows()).containsExactly("2:a=1", "3:b=2");
	}

	@Test
	void aRowWithAFaultIsLeftOutAndEveryFaultKeepsItsLineAndColumn() {
		CsvReader.Parsed<String> parsed = read("name,count\na,1\nb,\nc\nd,4,5\n", 10);
		assertThat(parsed.rows()).containsExactly("2:a=1");
		assertThat(faults(parsed)).containsExactly("3:count:missing", "4:count:columns", "5:count:columns");
	}

	@Test
	void faultsOfTheWholeFileNameTheFirstColumn() {
		assertThat(faults(read("  ", 10))).containsExactly("1:name:empty");
		assertThat(faults(read("name,count\n", 10))).containsExactly("2:name:empty");
		assertThat(faults(read("name,count\na,1\nb,2\nc,3\n", 2))).containsExactly("4:name:too-many-rows");
		assertThat(faults(read("name,count\n\"a,1\n", 10))).containsExactly("1:name:unreadable");
		assertThat(faults(read("navn,antall\na,1\n", 10))).containsExactly("1:name:header", "1:count:header");
	}

	@Test
	void aFaultIsAnErrorOfAProblemWithItsLineAndColumnAsAPath() {
		assertThat(new CsvFault(3, "count", "missing", "Must be given").asError())
			.isEqualTo(new CsvFault.Error("lines[3].count", "missing", 3, "count", "Must be given"));
	}

}
