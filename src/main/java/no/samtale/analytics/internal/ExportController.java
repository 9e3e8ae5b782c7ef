package no.samtale.analytics.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.dialogue.Spaces;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ConflictException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.privacy.AccessAction;
import no.samtale.privacy.AccessLog;

/**
 * Large exports in the background: asked for with the same checks as the synchronous export (range, format, who may
 * read it), made by a db-scheduler task, fetched by the person who asked once ready. Asking and fetching are both in
 * the access log.
 */
@RestController
class ExportController {

	record ExportRequest(@Nullable String kind, @Nullable Long accountId, @Nullable Long spaceId,
			@Nullable String from, @Nullable String to, @Nullable String format) {
	}

	record ExportStatus(long id, String state, String filename, @Nullable String fileUrl) {
	}

	private final BackgroundExports exports;

	private final AnalyticsAccess access;

	private final AccessLog accessLog;

	private final Spaces spaces;

	ExportController(BackgroundExports exports, AnalyticsAccess access, AccessLog accessLog, Spaces spaces) {
		this.exports = exports;
		this.access = access;
		this.accessLog = accessLog;
		this.spaces = spaces;
	}

	@PostMapping("/api/v1/analytics/exports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ExportStatus request(@RequestBody ExportRequest request, CurrentUser user) {
		BackgroundExports.Kind kind;
		try {
			kind = BackgroundExports.Kind.valueOf(request.kind() == null ? "" : request.kind().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "ACCOUNT_DAILY or FORUM_MONTHLY");
		}
		String format = Downloads.format(request.format());
		if (format.equals("json")) {
			throw new InvalidInputException("format", "csv or xlsx");
		}
		Long subject;
		String from;
		String to;
		if (kind == BackgroundExports.Kind.ACCOUNT_DAILY) {
			if (request.accountId() == null) {
				throw new InvalidInputException("accountId", "The account to export");
			}
			DateRange range = DateRange.parse(request.from(), request.to());
			subject = access.account(request.accountId(), user).id();
			from = range.from().toString();
			to = range.to().toString();
		}
		else {
			MonthRange range = MonthRange.parse(request.from(), request.to());
			if (!AnalyticsAccess.readsEverything(user)) {
				throw new NotFoundException("Forum figures", "");
			}
			subject = request.spaceId();
			if (subject != null && ForumFiguresController.forumSpaces(spaces).stream().noneMatch(s -> s.id() == subject)) {
				throw new NotFoundException("Space", subject);
			}
			from = range.from().toString();
			to = range.to().toString();
		}
		String filename = "samtale-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
				+ (subject == null ? "all" : subject) + "-" + from + "-" + to + "." + format;
		long id = exports.request(user.id(), kind, subject, from, to, format, filename);
		accessLog.record(user, AccessAction.EXPORT, "analytics-background-export", String.valueOf(id),
				"Background export (" + format + ") of " + kind + " " + (subject == null ? "all" : subject) + " " + from
						+ " to " + to);
		return new ExportStatus(id, "QUEUED", filename, null);
	}

	@GetMapping("/api/v1/analytics/exports/{id}")
	ExportStatus status(@PathVariable long id, CurrentUser user) {
		BackgroundExports.Export export = mine(id, user);
		boolean ready = export.state().equals("READY");
		return new ExportStatus(id, export.state(), export.filename(),
				ready ? "/api/v1/analytics/exports/" + id + "/file" : null);
	}

	@GetMapping("/api/v1/analytics/exports/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable long id, CurrentUser user) {
		BackgroundExports.Export export = mine(id, user);
		if (!export.state().equals("READY")) {
			throw new ConflictException("id", "The export is not ready yet");
		}
		accessLog.record(user, AccessAction.EXPORT, "analytics-background-export", String.valueOf(id),
				"Fetched background export " + export.filename());
		return Downloads.download(exports.body(id), export.format().equals("csv") ? Exports.CSV : Exports.XLSX,
				export.filename());
	}

	/** Only the person who asked sees an export (others: 404). */
	private BackgroundExports.Export mine(long id, CurrentUser user) {
		return exports.find(id)
			.filter(e -> e.requestedBy() == user.id())
			.orElseThrow(() -> new NotFoundException("Export", id));
	}


}
