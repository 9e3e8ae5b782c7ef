package no.samtale.archive.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One reason an extract failed its checks, as a stable code with its parameters (file, unit, systemID, element,
 * counts), so the page words it in the reader's language. Technical detail (an exception's message) is logged,
 * not stored.
 */
record ExtractFinding(@Schema(allowableValues = { "FILE_MISSING", "FILE_UNREADABLE", "DOCUMENT_COUNT_MISMATCH",
		"SYSTEM_ID_NOT_UNIQUE", "ELEMENT_MISSING", "OPENED_OUTSIDE_PERIOD", "DOCUMENT_FILE_MISSING",
		"DOCUMENT_CHECKSUM_MISMATCH", "DOCUMENT_SIZE_MISMATCH", "ADDML_FILE_MISSING", "ADDML_CHECKSUM_MISSING",
		"ADDML_CHECKSUM_MISMATCH", "ADDML_COUNT_MISMATCH", "WRITE_FAILED", "OTHER" }) String code,
		Map<String, String> params) {

	/** A finding with parameters given as name, value, name, value. */
	static ExtractFinding of(String code, String... nameValues) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i + 1 < nameValues.length; i += 2) {
			params.put(nameValues[i], nameValues[i + 1] == null ? "" : nameValues[i + 1]);
		}
		return new ExtractFinding(code, params);
	}

	/** Stored one a line: the code, then tab-separated {@code name=value} (values hold no tab or line break). */
	String line() {
		StringBuilder line = new StringBuilder(code);
		params.forEach((name, value) -> line.append('\t').append(name).append('=')
			.append(value.replace('\t', ' ').replace('\n', ' ')));
		return line.toString();
	}

	/** Reads a stored line; a line from before the codes (an English sentence) is kept as {@code OTHER}. */
	static ExtractFinding parse(String line) {
		String[] parts = line.split("\t");
		if (!parts[0].matches("[A-Z_]+")) {
			return of("OTHER", "text", line);
		}
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 1; i < parts.length; i++) {
			int equals = parts[i].indexOf('=');
			if (equals > 0) {
				params.put(parts[i].substring(0, equals), parts[i].substring(equals + 1));
			}
		}
		return new ExtractFinding(parts[0], params);
	}

	static List<ExtractFinding> parseAll(List<String> lines) {
		return lines.stream().map(ExtractFinding::parse).toList();
	}

}
