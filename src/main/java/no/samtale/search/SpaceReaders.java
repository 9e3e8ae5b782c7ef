package no.samtale.search;

import java.util.Set;

import no.samtale.identity.CurrentUser;

/**
 * Which spaces a person may read, asked on every search: a hit from any other space is never shown. Each module
 * that feeds documents answers for its own spaces; search shows the union.
 */
public interface SpaceReaders {

	Set<Long> readableSpaceIds(CurrentUser user);

	/**
	 * The source whose documents these space ids are of. Ids of different sources may be equal (a forum space and
	 * an inbox team), so search filters each source by its own readers' ids.
	 */
	default SearchSource source() {
		return SearchSource.FORUM;
	}

	/** A space's name for a hit, or null to let search look it up (forum spaces). */
	default String spaceName(long spaceId) {
		return null;
	}

}
