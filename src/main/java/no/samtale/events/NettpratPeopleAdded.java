package no.samtale.events;

import java.time.Instant;
import java.util.List;

/**
 * People were named on a nettprat: everyone it was scheduled with, or those added to its leaders, helpers or
 * moderators later. Each person added is told once for this change, by the weightiest role they got; never whoever
 * named them.
 *
 * @param leaderIds the people who got the leader role in this change (not those who had it already)
 * @param at when the change was made: the same change tells a person once, a later one again
 */
public record NettpratPeopleAdded(long nettpratId, String title, List<Long> leaderIds, List<Long> helperIds,
		List<Long> moderatorIds, long addedBy, Instant at) {

	/** Whether the change added anyone at all. */
	public boolean addedAnyone() {
		return !leaderIds.isEmpty() || !helperIds.isEmpty() || !moderatorIds.isEmpty();
	}

}
