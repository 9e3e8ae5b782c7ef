package no.samtale.forum.internal;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.forum.internal.ForumQueries.EscalationFilter;
import no.samtale.forum.internal.ForumRequests.Answer;
import no.samtale.forum.internal.ForumViews.EscalationView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageResponse;

/** A directorate department's queue of questions of principle. */
@RestController
class EscalationController {

	private final Escalations escalations;

	private final ForumReading reading;

	EscalationController(Escalations escalations, ForumReading reading) {
		this.escalations = escalations;
		this.reading = reading;
	}

	@GetMapping("/api/v1/escalations")
	PageResponse<EscalationView> queue(@Valid EscalationFilter filter, CurrentUser user) {
		return escalations.queue(user, filter.departmentId(), filter.state(), filter.paging()).map(reading::escalation);
	}

	@GetMapping("/api/v1/escalations/{id}")
	EscalationView show(@PathVariable long id, CurrentUser user) {
		return reading.escalation(visible(id, user));
	}

	@PostMapping("/api/v1/escalations/{id}/acknowledge")
	EscalationView acknowledge(@PathVariable long id, CurrentUser user) {
		visible(id, user);
		escalations.acknowledge(id, user);
		return reading.escalation(escalations.get(id));
	}

	@PostMapping("/api/v1/escalations/{id}/answer")
	EscalationView answer(@PathVariable long id, @Valid @RequestBody Answer request, CurrentUser user) {
		visible(id, user);
		escalations.answer(id, user, request.answer());
		return reading.escalation(escalations.get(id));
	}

	@PostMapping("/api/v1/escalations/{id}/close")
	EscalationView close(@PathVariable long id, CurrentUser user) {
		visible(id, user);
		escalations.close(id, user);
		return reading.escalation(escalations.get(id));
	}

	private Escalation visible(long id, CurrentUser user) {
		Escalation escalation = escalations.get(id);
		if (!escalations.canSee(escalation, user)) {
			throw new NotFoundException("Escalation", id);
		}
		return escalation;
	}

}
