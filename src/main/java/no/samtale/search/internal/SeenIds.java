package no.samtale.search.internal;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids a rebuild fed of one source, so that what the index holds beyond them (gone from the database) can be
 * deleted at the end: a bit per id for ids that fit an int (a million discussions in 125 KB), a set for the rest.
 */
final class SeenIds {

	private final BitSet small = new BitSet();

	private final Set<Long> large = new HashSet<>();

	void add(long id) {
		if (id >= 0 && id <= Integer.MAX_VALUE) {
			small.set((int) id);
		}
		else {
			large.add(id);
		}
	}

	boolean contains(long id) {
		return id >= 0 && id <= Integer.MAX_VALUE ? small.get((int) id) : large.contains(id);
	}

}
