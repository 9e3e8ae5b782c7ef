package no.samtale.teams;

import java.time.Instant;
import java.util.List;

/**
 * A shift of a team's duty roster has fewer than two people on it, after it was planned or changed. For the team's
 * leads ({@code leadIds}) to be warned: the notifications module turns it into a notification.
 */
public record ShiftUnderstaffed(long teamId, long shiftId, Instant startsAt, Instant endsAt, int people,
		List<Long> leadIds, Instant at) {
}
