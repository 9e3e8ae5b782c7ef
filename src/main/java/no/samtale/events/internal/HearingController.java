package no.samtale.events.internal;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.events.internal.HearingViews.HearingList;
import no.samtale.events.internal.HearingViews.HearingSummary;
import no.samtale.events.internal.HearingViews.HearingView;
import no.samtale.events.internal.HearingViews.NewHearing;
import no.samtale.events.internal.HearingViews.NewHearingResponse;
import no.samtale.events.internal.HearingViews.HearingResponseCreated;
import no.samtale.events.internal.LiveViews.EventsCreated;
import no.samtale.identity.CurrentUser;

/** Hearings: sending a proposal on hearing, responding per section, approving a unit's response, the summary. */
@RestController
class HearingController {

	private final Hearings hearings;

	private final HearingResponses responses;

	private final HearingSummaries summaries;

	HearingController(Hearings hearings, HearingResponses responses, HearingSummaries summaries) {
		this.hearings = hearings;
		this.responses = responses;
		this.summaries = summaries;
	}

	@GetMapping("/api/v1/hearings")
	HearingList list(CurrentUser user) {
		return hearings.list();
	}

	@PostMapping("/api/v1/hearings")
	ResponseEntity<EventsCreated> create(@Valid @RequestBody NewHearing request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new EventsCreated(hearings.create(request, user)));
	}

	@GetMapping("/api/v1/hearings/{id}")
	HearingView show(@PathVariable long id, CurrentUser user) {
		return hearings.show(id, user);
	}

	@PostMapping("/api/v1/hearings/{id}/responses")
	ResponseEntity<HearingResponseCreated> respond(@PathVariable long id, @Valid @RequestBody NewHearingResponse request,
			CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(responses.respond(id, request, user));
	}

	@PostMapping("/api/v1/hearings/{id}/responses/{responseId}/approve")
	ResponseEntity<Void> approve(@PathVariable long id, @PathVariable long responseId, CurrentUser user) {
		responses.approve(id, responseId, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/hearings/{id}/summary")
	HearingSummary summary(@PathVariable long id, CurrentUser user) {
		return summaries.summary(id, user);
	}

}
