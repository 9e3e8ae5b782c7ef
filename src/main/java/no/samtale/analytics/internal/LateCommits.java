package no.samtale.analytics.internal;

import java.time.Duration;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * How far a cursor over rows numbered at insert may move. Ids are handed out when a row is inserted and become
 * visible when its transaction commits, so a read of {@code id > cursor} can see 11 while 10 is still in flight; a
 * cursor moved to 11 would never read 10. So the cursor moves only over ids that are settled: visible, or missing
 * for longer than {@code grace} since this node first noticed the hole (a rolled-back insert, an id taken by an
 * insert that a unique key refused, a row deleted before it was read: such a hole never fills). Rows after a young
 * hole wait for the next round, which is why today's figures lag by at most the grace when a hole appears and by one
 * round otherwise.
 * <p>
 * The noticed times live in this node's memory, not the database: a node that restarts, or that takes over the
 * cursor from another, notices a hole anew and waits the full grace again. That only delays counting; it never
 * counts twice (the cursor decides that) and it skips a row only if its transaction was still open a full grace
 * after the hole was first seen, far longer than any insert transaction of the inbox. Not thread-safe: one loop uses
 * one instance.
 */
final class LateCommits {

	/** More remembered hole ends than this (a jump in a sequence, say) are forgotten: they are noticed again. */
	private static final int REMEMBERED = 10_000;

	private final long graceNanos;

	/** Both ends of each hole seen, with when this node first saw it (System.nanoTime). */
	private final NavigableMap<Long, Long> noticed = new TreeMap<>();

	LateCommits(Duration grace) {
		this.graceNanos = grace.toNanos();
	}

	/**
	 * The first rows of {@code rows} (read as {@code id > cursor order by id}) that may be counted now: each one's id
	 * follows the one before, or the ids between are a hole old enough. Remembers the holes it sees.
	 */
	<T> List<T> settled(long cursor, List<T> rows, ToLongFunction<T> id, long nowNanos) {
		long expected = cursor + 1;
		int counted = rows.size();
		for (int i = 0; i < rows.size(); i++) {
			long next = id.applyAsLong(rows.get(i));
			// Every hole in the read is noticed now, so holes one after another age together.
			boolean holeOld = next == expected || old(expected, next - 1, nowNanos);
			if (counted == rows.size()) {
				if (!holeOld) {
					counted = i;
				}
			}
			expected = next + 1;
		}
		long passed = counted == 0 ? cursor : id.applyAsLong(rows.get(counted - 1));
		noticed.headMap(passed, true).clear();
		if (noticed.size() > REMEMBERED) {
			noticed.clear();
		}
		return rows.subList(0, counted);
	}

	/** Whether the hole of ids {@code from..to} was noticed at least the grace ago; notices it if it is new. */
	private boolean old(long from, long to, long nowNanos) {
		var within = noticed.subMap(from, true, to, true);
		if (within.isEmpty()) {
			noticed.put(from, nowNanos);
			noticed.put(to, nowNanos);
			return false;
		}
		long first = within.values().stream().mapToLong(Long::longValue).min().orElse(nowNanos);
		return nowNanos - first >= graceNanos;
	}

}
