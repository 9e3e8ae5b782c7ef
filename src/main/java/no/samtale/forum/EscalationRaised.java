package no.samtale.forum;

import java.time.Instant;

/** A moderator ({@code raisedBy}) sent a discussion's question of principle to a directorate department. */
public record EscalationRaised(long escalationId, long discussionId, long departmentId, long raisedBy, Instant at) {
}
