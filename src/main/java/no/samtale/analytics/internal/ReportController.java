package no.samtale.analytics.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.privacy.AccessAction;
import no.samtale.privacy.AccessLog;

/** A team's kept monthly PDF reports: listed and downloaded by those who read the team's figures (access-logged). */
@RestController
class ReportController {

	record MonthlyReportView(String month, Instant createdAt, String url) {
	}

	private final MonthlyReports reports;

	private final AnalyticsAccess access;

	private final AccessLog accessLog;

	private final ReplyFacts replies;

	private final ConversationFacts conversations;

	private final no.samtale.channels.Accounts accounts;

	ReportController(MonthlyReports reports, AnalyticsAccess access, AccessLog accessLog, ReplyFacts replies,
			ConversationFacts conversations, no.samtale.channels.Accounts accounts) {
		this.reports = reports;
		this.access = access;
		this.accessLog = accessLog;
		this.replies = replies;
		this.conversations = conversations;
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/analytics/teams/{id}/reports")
	List<MonthlyReportView> list(@PathVariable long id, CurrentUser user) {
		// The scheduler makes it at the turn of the month; a reader who comes first has it made now.
		reports.ensureLastMonth(access.team(id, user), replies, conversations, accounts);
		return reports.of(id)
			.stream()
			.map(r -> new MonthlyReportView(r.month().toString(), r.createdAt(),
					"/api/v1/analytics/teams/" + id + "/reports/" + r.month()))
			.toList();
	}

	@GetMapping("/api/v1/analytics/teams/{id}/reports/{month}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String month, CurrentUser user) {
		access.team(id, user);
		YearMonth which;
		try {
			which = YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("month", "A month as YYYY-MM");
		}
		byte[] pdf = reports.find(id, which).orElseThrow(() -> new NotFoundException("Report", month));
		accessLog.record(user, AccessAction.EXPORT, "analytics-monthly-report", String.valueOf(id),
				"Monthly report " + which);
		return Downloads.download(pdf, MediaType.APPLICATION_PDF_VALUE, "samtale-team-" + id + "-" + which + ".pdf");
	}

}
