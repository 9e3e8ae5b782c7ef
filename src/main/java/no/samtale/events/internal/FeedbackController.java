package no.samtale.events.internal;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.events.internal.FeedbackViews.FeedbackAnswer;
import no.samtale.events.internal.FeedbackViews.FeedbackChange;
import no.samtale.events.internal.FeedbackViews.FeedbackMine;
import no.samtale.events.internal.FeedbackViews.FeedbackQueue;
import no.samtale.events.internal.FeedbackViews.FeedbackServiceList;
import no.samtale.events.internal.FeedbackViews.NewFeedback;
import no.samtale.events.internal.FeedbackViews.NewFeedbackService;
import no.samtale.events.internal.LiveViews.EventsCreated;
import no.samtale.identity.CurrentUser;

/** Product feedback: the services, giving feedback, one's own feedback, and the service team's queue. */
@RestController
class FeedbackController {

	private final FeedbackServices services;

	private final Feedback feedback;

	FeedbackController(FeedbackServices services, Feedback feedback) {
		this.services = services;
		this.feedback = feedback;
	}

	@GetMapping("/api/v1/feedback/services")
	FeedbackServiceList services(CurrentUser user) {
		return services.list(user);
	}

	@PostMapping("/api/v1/feedback/services")
	ResponseEntity<EventsCreated> addService(@Valid @RequestBody NewFeedbackService request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new EventsCreated(services.create(request.name(), request.teamId(), user)));
	}

	@PostMapping("/api/v1/feedback")
	ResponseEntity<EventsCreated> give(@Valid @RequestBody NewFeedback request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new EventsCreated(feedback.give(request.serviceId(), request.body(), user)));
	}

	@GetMapping("/api/v1/feedback/mine")
	FeedbackMine mine(CurrentUser user) {
		return new FeedbackMine(feedback.mine(user));
	}

	@GetMapping("/api/v1/feedback/services/{id}/queue")
	FeedbackQueue queue(@PathVariable long id, CurrentUser user) {
		return feedback.queue(id, user);
	}

	@PostMapping("/api/v1/feedback/{id}/answer")
	ResponseEntity<Void> answer(@PathVariable long id, @Valid @RequestBody FeedbackAnswer request, CurrentUser user) {
		feedback.answer(id, request.body(), user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/feedback/{id}/change")
	ResponseEntity<Void> ledToChange(@PathVariable long id, @Valid @RequestBody FeedbackChange request, CurrentUser user) {
		feedback.ledToChange(id, request.note(), user);
		return ResponseEntity.noContent().build();
	}

}
