package no.samtale.events.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.Person;
import no.samtale.identity.Users;

/**
 * The people of a unit, for the form that schedules a nettprat: whoever schedules one picks its leaders, helpers and
 * moderators unit by unit. Names and units only, as beside anything they write.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
class LivePeopleController {

	private final Users users;

	LivePeopleController(Users users) {
		this.users = users;
	}

	@GetMapping("/api/v1/events/live/people")
	List<Person> people(@RequestParam long unitId) {
		return users.people(users.idsInUnit(unitId)).values().stream()
			.sorted(Comparator.comparing(Person::name))
			.toList();
	}

}
