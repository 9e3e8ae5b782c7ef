package no.samtale.events;

import java.time.Instant;
import java.util.List;

/**
 * A nettprat was moved to a new time before it ended; its leaders, helpers and moderators are told, not whoever moved
 * it. The page shows the new time.
 *
 * @param people the nettprat's leaders, helpers and moderators when it was moved
 */
public record NettpratMoved(long nettpratId, String title, Instant startsAt, Instant endsAt, List<Long> people,
		long movedBy, Instant at) {
}
