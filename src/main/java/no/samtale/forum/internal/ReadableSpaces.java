package no.samtale.forum.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.platform.ClusterSignals;
import no.samtale.platform.ExpiringCache;
import no.samtale.search.SpaceReaders;

/**
 * Tells search which topics and groups a person may read, with the same {@link Access} rules the forum's own pages
 * use, remembered for a few seconds per person: the ask form asks on every pause in typing. The forum caches roles
 * for ten seconds itself, so this adds no new delay to a change of membership beyond what the forum's pages show.
 */
@Component
class ReadableSpaces implements SpaceReaders {

	private final ForumSpaces spaces;

	private final ForumAccess access;

	private final ExpiringCache<Long, Set<Long>> cache = new ExpiringCache<>(Duration.ofSeconds(5), 50_000);

	ReadableSpaces(ForumSpaces spaces, ForumAccess access, ClusterSignals signals) {
		this.spaces = spaces;
		this.access = access;
		// A change of staff or of a person's roles on any node takes effect here within a second.
		signals.on(ForumSpaces.CHANGED, id -> cache.clear());
		signals.on(Users.CHANGED, id -> cache.evict(Long.valueOf(id)));
	}

	@Override
	public Set<Long> readableSpaceIds(CurrentUser user) {
		return cache.get(user.id(), id -> Set.copyOf(readableNow(user)));
	}

	private Set<Long> readableNow(CurrentUser user) {
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
