package no.samtale.analytics.internal;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;
import no.samtale.privacy.AccessAction;
import no.samtale.privacy.AccessLog;

/**
 * The one way a table leaves as a file: the access log first, then the same rows as CSV or XLSX. Every export
 * handler goes through {@link #export}, so none can forget the log or write the two formats differently.
 */
@Component
class Downloads {

	/** What is exported, for the access log and the file's name. */
	record Subject(String kind, String id, String purpose, String filename) {
	}

	private final AccessLog accessLog;

	Downloads(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	/** {@code json} (the default), {@code csv} or {@code xlsx}; anything else is a 400 naming {@code format}. */
	static String format(String format) {
		String kind = format == null || format.isBlank() ? "json" : format;
		if (!List.of("json", "csv", "xlsx").contains(kind)) {
			throw new InvalidInputException("format", "One of json, csv, xlsx");
		}
		return kind;
	}

	ResponseEntity<byte[]> export(CurrentUser user, String format, Subject subject, String sheet, List<String> header,
			List<List<Object>> rows) {
		accessLog.record(user, AccessAction.EXPORT, subject.kind(), subject.id(),
				"Analytics export (" + format + ") of " + subject.purpose());
		if (format.equals("csv")) {
			return download(Exports.csv(header, rows), Exports.CSV, subject.filename() + ".csv");
		}
		return download(Exports.xlsx(sheet, header, rows), Exports.XLSX, subject.filename() + ".xlsx");
	}

	static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

}
