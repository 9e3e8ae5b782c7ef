package no.samtale.forum.internal;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.forum.internal.ForumQueries.EscalationFilter;
import no.samtale.forum.internal.ForumRequests.Answer;
import no.samtale.forum.internal.ForumViews.EscalationView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.PageResponse;

/** A directorate department's queue of questions of principle. */
@RestController
class EscalationController {

	private final EscalationDesk desk;

	EscalationController(EscalationDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/api/v1/escalations")
	PageResponse<EscalationView> queue(@ParameterObject @Valid EscalationFilter filter, CurrentUser user) {
		return desk.queue(filter, user);
	}

	@GetMapping("/api/v1/escalations/{id}")
	EscalationView show(@PathVariable long id, CurrentUser user) {
		return desk.show(id, user);
	}

	@PostMapping("/api/v1/escalations/{id}/acknowledge")
	EscalationView acknowledge(@PathVariable long id, CurrentUser user) {
		return desk.acknowledge(id, user);
	}

	@PostMapping("/api/v1/escalations/{id}/answer")
	EscalationView answer(@PathVariable long id, @Valid @RequestBody Answer request, CurrentUser user) {
		return desk.answer(id, request.answer(), user);
	}

	@PostMapping("/api/v1/escalations/{id}/close")
	EscalationView close(@PathVariable long id, CurrentUser user) {
		return desk.close(id, user);
	}

}
