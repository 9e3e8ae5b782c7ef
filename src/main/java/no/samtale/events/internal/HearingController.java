package no.samtale.events.internal;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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

	private final HearingDrafts drafts;

	HearingController(Hearings hearings, HearingResponses responses, HearingSummaries summaries, HearingDrafts drafts) {
		this.drafts = drafts;
		this.hearings = hearings;
		this.responses = responses;
		this.summaries = summaries;
	}

	@GetMapping("/api/v1/hearings")
	HearingList list(CurrentUser user) {
		return hearings.list(user);
	}

	@PostMapping("/api/v1/hearings")
	ResponseEntity<EventsCreated> create(@Valid @RequestBody NewHearing request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new EventsCreated(hearings.create(request, user)));
	}

	/** Edits a draft (its creator, ADMIN); {@code draft: false} sends it too. A sent hearing is 409 hearing-sent. */
	@PutMapping("/api/v1/hearings/{id}")
	ResponseEntity<Void> update(@PathVariable long id, @Valid @RequestBody NewHearing request, CurrentUser user) {
		drafts.update(id, request, user);
		return ResponseEntity.noContent().build();
	}

	/** Sends a draft to the invited units. */
	@PostMapping("/api/v1/hearings/{id}/send")
	ResponseEntity<Void> send(@PathVariable long id, CurrentUser user) {
		drafts.send(id, user);
		return ResponseEntity.noContent().build();
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
