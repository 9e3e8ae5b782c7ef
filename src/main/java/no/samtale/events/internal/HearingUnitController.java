package no.samtale.events.internal;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.events.internal.HearingViews.HearingUnitInvitation;
import no.samtale.events.internal.HearingViews.HearingUnitResponsible;
import no.samtale.identity.CurrentUser;

/** A hearing's invited units changed one by one after it was made, also after it was sent (its managers, while open). */
@RestController
class HearingUnitController {

	private final HearingInvitations invitations;

	HearingUnitController(HearingInvitations invitations) {
		this.invitations = invitations;
	}

	/** Invites a unit; on a sent hearing it may answer at once and its responsible person is told. */
	@PostMapping("/api/v1/hearings/{id}/units")
	ResponseEntity<Void> invite(@PathVariable long id, @Valid @RequestBody HearingUnitInvitation request,
			CurrentUser user) {
		invitations.invite(id, request.unitId(), request.responsibleId(), user);
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	/** Another person answers for the unit (and approves its waiting response). */
	@PutMapping("/api/v1/hearings/{id}/units/{unitId}")
	ResponseEntity<Void> responsible(@PathVariable long id, @PathVariable long unitId,
			@Valid @RequestBody HearingUnitResponsible request, CurrentUser user) {
		invitations.changeResponsible(id, unitId, request.responsibleId(), user);
		return ResponseEntity.noContent().build();
	}

	/** Withdraws the invitation; a unit that has answered keeps it (409 hearing-unit-answered). */
	@DeleteMapping("/api/v1/hearings/{id}/units/{unitId}")
	ResponseEntity<Void> withdraw(@PathVariable long id, @PathVariable long unitId, CurrentUser user) {
		invitations.withdraw(id, unitId, user);
		return ResponseEntity.noContent().build();
	}

}
