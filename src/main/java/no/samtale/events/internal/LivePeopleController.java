package no.samtale.events.internal;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.events.internal.LiveRequests.LivePeopleRequest;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;

/**
 * The people of a unit, for the form that schedules a nettprat: whoever schedules one picks its leaders, helpers and
 * moderators unit by unit. Names and units only, as beside anything they write. Whoever scheduled it changes them
 * later here too.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
class LivePeopleController {

	private final Users users;

	private final LivePeople livePeople;

	LivePeopleController(Users users, LivePeople livePeople) {
		this.users = users;
		this.livePeople = livePeople;
	}

	/**
	 * The nettprat's leaders, helpers and moderators as they are to be, until it ends (its scheduler and
	 * administrators); each person added or removed is recorded and shown on its page.
	 */
	@PutMapping("/api/v1/events/live/{id}/people")
	ResponseEntity<Void> change(@PathVariable long id, @Valid @RequestBody LivePeopleRequest request, CurrentUser user) {
		livePeople.replace(id, request, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/events/live/people")
	List<Person> people(@RequestParam long unitId) {
		return users.people(users.idsInUnit(unitId)).values().stream()
			.sorted(Comparator.comparing(Person::name))
			.toList();
	}

}
