package no.samtale.forum;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A topic's moderator lifted a discussion's question of principle to a directorate department (the department's
 * members are told).
 *
 * @param deadline the day the department should answer by, or null when none was set
 * @param at when it was raised
 */
public record EscalationRaised(long escalationId, long discussionId, long spaceId, long departmentId, long raisedBy,
		LocalDate deadline, Instant at) {
}
