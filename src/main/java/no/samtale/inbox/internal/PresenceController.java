package no.samtale.inbox.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.inbox.internal.InboxRequests.Heartbeat;

/**
 * Who else is on a conversation now: the open conversation page says it is there (every 20 seconds, and whether
 * its reply box holds a draft) and hears who else is; leaving the page says goodbye.
 */
@RestController
class PresenceController {

	record Other(Person person, boolean writing) {
	}

	record OthersHere(List<Other> others) {
	}

	private final InboxAccess access;

	private final Presence presence;

	private final Users users;

	PresenceController(InboxAccess access, Presence presence, Users users) {
		this.access = access;
		this.presence = presence;
		this.users = users;
	}

	@PostMapping("/api/v1/inbox/conversations/{id}/presence")
	OthersHere heartbeat(@PathVariable long id, @RequestBody(required = false) Heartbeat heartbeat, CurrentUser user) {
		long conversation = access.visible(id, user).id();
		Instant now = Instant.now();
		presence.heartbeat(conversation, user.id(), heartbeat != null && Boolean.TRUE.equals(heartbeat.writing()), now);
		List<Presence.Here> here = presence.othersHere(conversation, user.id(), now);
		Map<Long, Person> people = users.people(here.stream().map(Presence.Here::userId).toList());
		return new OthersHere(here.stream()
			.filter(other -> people.containsKey(other.userId()))
			.map(other -> new Other(people.get(other.userId()), other.writing()))
			.toList());
	}

	@DeleteMapping("/api/v1/inbox/conversations/{id}/presence")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void leave(@PathVariable long id, CurrentUser user) {
		presence.leave(access.visible(id, user).id(), user.id());
	}

}
