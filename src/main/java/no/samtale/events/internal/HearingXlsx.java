package no.samtale.events.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.samtale.events.internal.HearingReport.Report;
import no.samtale.events.internal.HearingReport.ReportAnswer;
import no.samtale.events.internal.HearingViews.HearingSectionSummary;
import no.samtale.events.internal.HearingViews.HearingUnitSummary;

/** A hearing as a workbook (Apache POI): the summary per section, the units with their status, every answer. */
final class HearingXlsx {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Oslo"));

	private HearingXlsx() {
	}

	static byte[] write(Report report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sections = workbook.createSheet("Oppsummering");
			row(sections, 0, report.title(), "Frist: " + DAY.format(report.deadline()),
					"Svar som teller: " + report.counts().responses());
			row(sections, 2, "Del", "Enig", "Uenig", "Kommentarer");
			int r = 3;
			for (HearingSectionSummary section : report.counts().sections()) {
				Row row = row(sections, r++, section.title());
				row.createCell(1).setCellValue(section.agree());
				row.createCell(2).setCellValue(section.disagree());
				row.createCell(3).setCellValue(section.comments());
			}
			Sheet units = workbook.createSheet("Høringsinstanser");
			row(units, 0, "Høringsinstans", "Ansvarlig", "Status");
			r = 1;
			for (HearingUnitSummary unit : report.counts().units()) {
				row(units, r++, unit.name(), unit.responsible() == null ? "" : unit.responsible().name(),
						HearingReport.status(unit.status()));
			}
			Sheet answers = workbook.createSheet("Svar");
			row(answers, 0, "Fra", "Del", "Standpunkt", "Kommentar");
			r = 1;
			for (ReportAnswer answer : report.answers()) {
				row(answers, r++, answer.by(), answer.section(), HearingReport.stance(answer.stance()),
						answer.comment() == null ? "" : answer.comment());
			}
			for (Sheet sheet : List.of(sections, units, answers)) {
				for (int c = 0; c < 4; c++) {
					sheet.setColumnWidth(c, 40 * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the hearing's workbook", e);
		}
	}

	/** Text cells; POI writes them as shared strings, never as formulas, so a "=..." comment stays text. */
	private static Row row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < cells.length; c++) {
			row.createCell(c).setCellValue(cells[c]);
		}
		return row;
	}

}
