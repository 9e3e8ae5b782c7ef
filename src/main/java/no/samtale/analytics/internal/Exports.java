package no.samtale.analytics.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables as CSV (commons-csv) and XLSX (Apache POI), cell for cell the same: a header row, then one row per line.
 * A cell is a number, a text, or empty (null).
 */
final class Exports {

	static final String CSV = "text/csv;charset=UTF-8";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Exports() {
	}

	static byte[] csv(List<String> header, List<List<Object>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().get())) {
			printer.printRecord(header);
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(cell -> cell == null ? "" : cell.toString()).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(sheetName);
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					Object cell = cells.get(c);
					if (cell instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (cell != null) {
						row.createCell(c).setCellValue(cell.toString());
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
