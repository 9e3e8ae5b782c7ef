package no.samtale.privacy.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.jspecify.annotations.Nullable;

import no.samtale.privacy.AccessAction;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** Searching and exporting the access log: for admins and privacy officers only. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
class AccessLogController {

	/** An export is a file for an inspector, not a backup: beyond this, narrow the dates. */
	static final int MAX_EXPORT_ROWS = 100_000;

	private final JdbcClient jdbc;

	AccessLogController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record AccessEntry(long id, Instant at, long userId, String username,
			@Schema(implementation = AccessAction.class) String action, String subjectKind,
			String subjectId, @Nullable String purpose) {
	}

	@GetMapping("/api/v1/privacy/access-log")
	PageResponse<AccessEntry> search(@RequestParam(required = false) String username,
			@RequestParam(required = false) String action, @RequestParam(required = false) String subjectKind,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		AccessLogQuery query = AccessLogQuery.of(username, action, subjectKind, subjectId, from, to);
		PageQuery paging = PageQuery.of(page, size);
		long total = jdbc.sql("select count(*) from privacy_access_log " + query.where())
			.params(query.params())
			.query(Long.class)
			.single();
		var items = jdbc.sql("select * from privacy_access_log " + query.where()
				+ " order by accessed_at desc, id desc limit :limit offset :offset")
			.params(query.params())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(AccessLogController::entry)
			.list();
		return PageResponse.of(items, paging, total);
	}

	@GetMapping("/api/v1/privacy/access-log/export")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String username,
			@RequestParam(required = false) String action, @RequestParam(required = false) String subjectKind,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		AccessLogQuery query = AccessLogQuery.of(username, action, subjectKind, subjectId, from, to);
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write("id,accessed_at,user_id,username,action,subject_kind,subject_id,purpose\r\n");
			jdbc.sql("select * from privacy_access_log " + query.where() + " order by accessed_at, id limit :limit")
				.params(query.params())
				.param("limit", MAX_EXPORT_ROWS)
				.query(row -> {
					write(writer, entry(row, 0));
				});
			writer.flush();
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tilgangslogg.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	private static void write(Writer writer, AccessEntry entry) {
		try {
			writer.write(String.join(",", Long.toString(entry.id()), entry.at().toString(),
					Long.toString(entry.userId()), Csv.field(entry.username()), entry.action(),
					Csv.field(entry.subjectKind()), Csv.field(entry.subjectId()), Csv.field(entry.purpose())));
			writer.write("\r\n");
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static AccessEntry entry(ResultSet row, int rowNumber) throws SQLException {
		return new AccessEntry(row.getLong("id"), row.getTimestamp("accessed_at").toInstant(), row.getLong("user_id"),
				row.getString("username"), row.getString("action"), row.getString("subject_kind"),
				row.getString("subject_id"), row.getString("purpose"));
	}

}
