package no.samtale.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.samtale.contacts.internal.TelephonyCsv.TelephonyRow;
import no.samtale.platform.CsvFault;
import no.samtale.platform.CsvReader.Parsed;

/** The telephony file's rules at unit speed: every fault with its line, column and code; a clean file read whole. */
class TelephonyCsvTests {

	@Test
	void aCleanFileWithSemicolonsAsASpreadsheetSavesItIsReadWhole() {
		Parsed<TelephonyRow> parsed = TelephonyCsv.parse("""
				date;topic;calls;answered;average_wait_seconds
				2026-04-03;Dagpenger;120;90;840
				2026-04-03;pensjon;40;40;60
				""");
		assertThat(parsed.faults()).isEmpty();
		assertThat(parsed.rows()).hasSize(2);
		assertThat(parsed.rows().get(0).day()).isEqualTo(LocalDate.of(2026, 4, 3));
		assertThat(parsed.rows().get(0).topic()).isEqualTo("dagpenger");
		assertThat(parsed.rows().get(0).averageWaitSeconds()).isEqualTo(840);
	}

	@Test
	void everyFaultIsNamedByLineColumnAndCode() {
		Parsed<TelephonyRow> parsed = TelephonyCsv.parse("""
				date,topic,calls,answered,average_wait_seconds
				2026-04-03,dagpenger,ti,9,60
				03.04.2026,dagpenger,10,9,60
				2026-04-04,dagpenger,10,11,60
				2026-04-05,dagpenger,10,9,-1
				2026-04-06,dagpenger,10,9
				2026-04-07,dagpenger,10,9,60
				2026-04-07,dagpenger,10,9,60
				""");
		assertThat(parsed.faults()).extracting(f -> f.line() + ":" + f.column() + ":" + f.code())
			.containsExactly("2:calls:number", "3:date:date", "4:answered:answered-exceeds-calls",
					"5:average_wait_seconds:negative", "6:average_wait_seconds:columns", "8:date:duplicate");
	}

	@Test
	void aWrongHeaderOrAnEmptyFileIsRefusedAtLineOne() {
		assertThat(TelephonyCsv.parse("dato,tema,anrop,besvart,ventetid\n2026-04-03,dagpenger,1,1,1\n").faults())
			.extracting(CsvFault::line)
			.containsOnly(1);
		assertThat(TelephonyCsv.parse("").faults()).extracting(CsvFault::code).containsExactly("empty");
		assertThat(TelephonyCsv.parse("date,topic,calls,answered,average_wait_seconds\n").faults())
			.extracting(CsvFault::code)
			.containsExactly("empty");
	}

}
