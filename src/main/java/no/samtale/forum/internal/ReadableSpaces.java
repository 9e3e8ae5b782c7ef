package no.samtale.forum.internal;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.forum.ForumReaders;
import no.samtale.identity.CurrentUser;

/** Answers {@link ForumReaders} with the same {@link Access} rules the forum's own pages use. */
@Component
class ReadableSpaces implements ForumReaders {

	private final ForumSpaces spaces;

	private final ForumAccess access;

	ReadableSpaces(ForumSpaces spaces, ForumAccess access) {
		this.spaces = spaces;
		this.access = access;
	}

	@Override
	public Set<Long> readableSpaceIds(CurrentUser user) {
		Set<Long> readable = new HashSet<>();
		for (ForumSpace space : spaces.all()) {
			Access a = access.of(space, user);
			if (a.canSee() && a.canRead()) {
				readable.add(space.id());
			}
		}
		return readable;
	}

}
