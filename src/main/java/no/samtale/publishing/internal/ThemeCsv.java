package no.samtale.publishing.internal;

import java.util.ArrayList;
import java.util.List;

import no.samtale.platform.InvalidInputException;
import no.samtale.publishing.Theme;
import no.samtale.publishing.Themes.ThemeInput;

/**
 * The wheel as CSV (RFC 4180, comma-separated, a header line) for spreadsheets: one theme a line, lists joined by
 * " | ", accounts by their ids. A cell that a spreadsheet would take for a formula is written with a leading
 * apostrophe, so exporting and opening a file never runs anything.
 */
final class ThemeCsv {

	static final String HEADER = "title,description,keyMessages,links,accountIds,periodUnit,periodFrom,periodTo,year";

	private static final int MAX_LINES = 500;

	private ThemeCsv() {
	}

	static String write(List<Theme> themes) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (Theme theme : themes) {
			csv.append(String.join(",", cell(theme.title()), cell(theme.description()),
					cell(String.join(" | ", theme.keyMessages())), cell(String.join(" | ", theme.links())),
					cell(String.join(" | ", theme.accountIds().stream().map(String::valueOf).toList())),
					theme.period().unit().name(), String.valueOf(theme.period().from()), String.valueOf(theme.period().to()),
					theme.year() == null ? "" : String.valueOf(theme.year())))
				.append("\r\n");
		}
		return csv.toString();
	}

	/** The themes of a file for one team; a line that cannot be read is refused naming its number. */
	static List<ThemeInput> read(String text, long teamId) {
		List<List<String>> rows = rows(text == null ? "" : text);
		if (rows.isEmpty() || !String.join(",", rows.get(0)).strip().equalsIgnoreCase(HEADER)) {
			throw new InvalidInputException("csv", "The first line must be: " + HEADER);
		}
		if (rows.size() - 1 > MAX_LINES) {
			throw new InvalidInputException("csv", "At most " + MAX_LINES + " themes at a time");
		}
		List<ThemeInput> inputs = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (row.size() == 1 && row.get(0).isBlank()) {
				continue;
			}
			if (row.size() != 9) {
				throw new InvalidInputException("csv[" + (i + 1) + "]", "Line " + (i + 1) + " has " + row.size()
						+ " cells, not 9");
			}
			try {
				inputs.add(new ThemeInput(teamId, number(row.get(8)), unquoted(row.get(0)), unquoted(row.get(1)),
						list(row.get(2)), list(row.get(3)), list(row.get(4)).stream().map(Long::parseLong).toList(),
						row.get(5), number(row.get(6)), number(row.get(7))));
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("csv[" + (i + 1) + "]", "Line " + (i + 1) + " has a number that is not one");
			}
		}
		return inputs;
	}

	private static Integer number(String cell) {
		return cell.isBlank() ? null : Integer.valueOf(cell.strip());
	}

	private static List<String> list(String cell) {
		String value = unquoted(cell);
		return value.isBlank() ? List.of()
				: java.util.Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** A cell as written: its leading apostrophe (against formulas) taken off again. */
	private static String unquoted(String cell) {
		return cell.startsWith("'") && cell.length() > 1 && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
	}

	private static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	/** RFC 4180 rows: quoted cells may hold commas, quotes (doubled) and line breaks. */
	static List<List<String>> rows(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (!cell.isEmpty() || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

}
