package no.samtale.forum.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A question of principle lifted from a discussion to a directorate department. */
record Escalation(long id, long discussionId, long departmentId, String summary, EscalationState state, long raisedBy,
		Instant raisedAt, LocalDate deadline, Instant acknowledgedAt, Instant answeredAt, Long answeredBy, String answer,
		Instant closedAt) {

	/** Past its deadline without an answer. */
	boolean overdueOn(LocalDate today) {
		return (state == EscalationState.RAISED || state == EscalationState.ACKNOWLEDGED) && deadline != null
				&& deadline.isBefore(today);
	}

}
