package no.samtale.forum.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.forum.internal.ForumRequests.ReportAction;
import no.samtale.forum.internal.ForumRequests.Resolution;
import no.samtale.forum.internal.ForumViews.ReportView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** The moderators' use cases on reported messages, each one transaction. */
@Service
class Moderation {

	private final Reports reports;

	private final ForumAccess access;

	private final ForumReading reading;

	Moderation(Reports reports, ForumAccess access, ForumReading reading) {
		this.reports = reports;
		this.access = access;
		this.reading = reading;
	}

	/** The reports in the spaces the caller moderates; {@code status} null means every status. */
	@Transactional(readOnly = true)
	PageResponse<ReportView> queue(String status, PageQuery page, CurrentUser user) {
		return reports.queue(user, status, page).map(id -> reading.report(reports.get(id), user));
	}

	@Transactional
	ReportView resolve(long id, Resolution request, CurrentUser user) {
		Reports.Report report = reports.get(id);
		access.toModerate(report.spaceId(), user);
		reports.resolve(report, user, request.action() == ReportAction.REMOVE, request.reason());
		return reading.report(reports.get(id), user);
	}

}
