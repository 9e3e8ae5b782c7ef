package no.samtale.privacy.internal;

/** RFC 4180 fields, with a guard against formulas when the file is opened in a spreadsheet. */
final class Csv {

	private Csv() {
	}

	static String field(String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0 || !safe.equals(value);
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

}
