package no.samtale.forum;

/**
 * A topic's moderator lifted a discussion's question of principle to a directorate department (the department's
 * members are told).
 *
 * @param deadline the day the department should answer by, or null when none was set
 */
public record EscalationRaised(long escalationId, long discussionId, long spaceId, long departmentId, long raisedBy,
		java.time.LocalDate deadline) {
}
