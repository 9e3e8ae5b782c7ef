package no.samtale.forum;

import java.util.Set;

import no.samtale.identity.CurrentUser;

/**
 * Which topics and groups a person may read, for modules that show forum content outside the forum (search). The
 * rules stay in the forum; callers only filter by the answer.
 */
public interface ForumReaders {

	/** The ids of the forum spaces {@code user} may read now. */
	Set<Long> readableSpaceIds(CurrentUser user);

}
