package no.samtale.search;

import java.util.Set;

import no.samtale.identity.CurrentUser;

/**
 * Which spaces a person may read, asked on every search: a hit from any other space is never shown. Each module
 * that feeds documents answers for its own spaces; search shows the union.
 */
public interface SpaceReaders {

	Set<Long> readableSpaceIds(CurrentUser user);

}
