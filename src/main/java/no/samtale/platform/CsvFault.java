package no.samtale.platform;

/**
 * A fault in an uploaded CSV file, at a line (1 is the header) and column; {@code code} names the rule broken, for
 * clients to say in their reader's language, and {@code detail} says it in English.
 */
public record CsvFault(int line, String column, String code, String detail) {

	/**
	 * The fault as one entry of a problem's {@code errors}: {@code field} says line and column as a path
	 * ({@code lines[3].calls}), so generic clients see each fault apart.
	 */
	public record Error(String field, String code, int line, String column, String detail) {
	}

	public Error asError() {
		return new Error("lines[" + line + "]." + column, code, line, column, detail);
	}

}
