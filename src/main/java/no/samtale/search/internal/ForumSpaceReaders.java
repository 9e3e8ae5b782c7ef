package no.samtale.search.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.forum.ForumReaders;
import no.samtale.identity.CurrentUser;
import no.samtale.search.SpaceReaders;

/** The forum's own answer to who may read which topic or group. */
@Component
class ForumSpaceReaders implements SpaceReaders {

	private final ForumReaders forum;

	ForumSpaceReaders(ForumReaders forum) {
		this.forum = forum;
	}

	@Override
	public Set<Long> readableSpaceIds(CurrentUser user) {
		return forum.readableSpaceIds(user);
	}

}
