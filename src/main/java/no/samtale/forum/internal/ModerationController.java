package no.samtale.forum.internal;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.forum.internal.ForumQueries.ReportFilter;
import no.samtale.forum.internal.ForumRequests.Resolution;
import no.samtale.forum.internal.ForumViews.ReportView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.PageResponse;

/** The moderators' queue of reported messages. */
@RestController
class ModerationController {

	private final Moderation moderation;

	ModerationController(Moderation moderation) {
		this.moderation = moderation;
	}

	@GetMapping("/api/v1/moderation/reports")
	PageResponse<ReportView> queue(@ParameterObject @Valid ReportFilter filter, CurrentUser user) {
		return moderation.queue(filter.wanted(), filter.paging(), user);
	}

	@PostMapping("/api/v1/moderation/reports/{id}/resolve")
	ReportView resolve(@PathVariable long id, @Valid @RequestBody Resolution request, CurrentUser user) {
		return moderation.resolve(id, request, user);
	}

}
