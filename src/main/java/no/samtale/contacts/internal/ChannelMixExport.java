package no.samtale.contacts.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.samtale.contacts.internal.ChannelMix.ChannelMixView;
import no.samtale.contacts.internal.ChannelMix.ChannelMonth;

/** The channel mix as a spreadsheet: one row per month, the same columns in CSV and XLSX. */
final class ChannelMixExport {

	static final List<String> HEADER = List.of("month", "self_service", "chat", "social", "phone", "office", "total",
			"digital", "digital_share_percent", "calls", "calls_answered", "phone_wait_minutes", "inbox_chat", "inbox_social");

	private ChannelMixExport() {
	}

	static byte[] csv(ChannelMixView mix) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().get())) {
			printer.printRecord(HEADER);
			for (ChannelMonth month : mix.months()) {
				printer.printRecord(cells(month));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static byte[] xlsx(ChannelMixView mix) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Kanalmiks");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				header.createCell(i).setCellValue(HEADER.get(i));
			}
			int r = 1;
			for (ChannelMonth month : mix.months()) {
				Row row = sheet.createRow(r++);
				List<Object> cells = cells(month);
				for (int i = 0; i < cells.size(); i++) {
					Object cell = cells.get(i);
					if (cell instanceof Number number) {
						row.createCell(i).setCellValue(number.doubleValue());
					}
					else if (cell != null) {
						row.createCell(i).setCellValue(cell.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Object> cells(ChannelMonth m) {
		List<Object> cells = new ArrayList<>(List.of(m.month(), m.selfService(), m.chat(), m.social(), m.phone(),
				m.office(), m.total(), m.digital()));
		cells.add(m.digitalShare());
		cells.add(m.calls());
		cells.add(m.answered());
		cells.add(m.waitMinutes());
		cells.add(m.inboxChat());
		cells.add(m.inboxSocial());
		return cells;
	}

}
