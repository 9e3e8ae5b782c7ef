package no.samtale.search.internal;

import java.time.Duration;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.forum.ForumReaders;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ExpiringCache;
import no.samtale.search.SpaceReaders;

/**
 * The forum's own answer to who may read which topic or group, remembered for a few seconds per person: the ask
 * form asks on every pause in typing. The forum caches roles for ten seconds itself, so this adds no new delay
 * to a change of membership beyond what the forum's own pages show.
 */
@Component
class ForumSpaceReaders implements SpaceReaders {

	private final ForumReaders forum;

	private final ExpiringCache<Long, Set<Long>> cache = new ExpiringCache<>(Duration.ofSeconds(5), 50_000);

	ForumSpaceReaders(ForumReaders forum) {
		this.forum = forum;
	}

	@Override
	public Set<Long> readableSpaceIds(CurrentUser user) {
		return cache.get(user.id(), id -> Set.copyOf(forum.readableSpaceIds(user)));
	}

}
