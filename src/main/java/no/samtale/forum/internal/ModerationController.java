package no.samtale.forum.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageRecord;
import no.samtale.dialogue.Messages;
import no.samtale.forum.internal.ForumRequests.ReportAction;
import no.samtale.forum.internal.ForumRequests.Resolution;
import no.samtale.forum.internal.ForumViews.ReportView;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** The moderators' queue of reported messages. */
@RestController
class ModerationController {

	private static final int EXCERPT = 200;

	private final Reports reports;

	private final ForumAccess access;

	private final Discussions discussions;

	private final Messages messages;

	private final Users users;

	ModerationController(Reports reports, ForumAccess access, Discussions discussions, Messages messages, Users users) {
		this.reports = reports;
		this.access = access;
		this.discussions = discussions;
		this.messages = messages;
		this.users = users;
	}

	@GetMapping("/api/v1/moderation/reports")
	PageResponse<ReportView> queue(@RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, CurrentUser user) {
		String wanted = status == null ? "OPEN" : "ALL".equalsIgnoreCase(status) ? null : status.toUpperCase();
		return reports.queue(user, wanted, PageQuery.of(page, size)).map(id -> view(reports.get(id), user));
	}

	@PostMapping("/api/v1/moderation/reports/{id}/resolve")
	ReportView resolve(@PathVariable long id, @Valid @RequestBody Resolution request, CurrentUser user) {
		Reports.Report report = reports.get(id);
		access.toModerate(report.spaceId(), user);
		reports.resolve(report, user, request.action() == ReportAction.REMOVE, request.reason());
		return view(reports.get(id), user);
	}

	ReportView view(Reports.Report r, CurrentUser reader) {
		Map<Long, Person> people = users.people(
				r.resolvedBy() == null ? List.of(r.reportedBy()) : List.of(r.reportedBy(), r.resolvedBy()));
		MessageRecord message = messages.get(r.messageId(), reader.id());
		String text = message.removed() ? "" : message.body();
		String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
		return new ReportView(r.id(), r.messageId(), r.discussionId(), discussions.get(r.discussionId()).title(),
				r.spaceId(), excerpt, r.reason(), ForumReading.person(people, r.reportedBy()), r.reportedAt(), r.status(),
				r.resolvedBy() == null ? null : ForumReading.person(people, r.resolvedBy()), r.resolvedAt(),
				r.resolution());
	}

}
