package no.samtale.forum;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An escalated question of principle with its answer, for a module that keeps a copy of it (the archive journals it
 * as a case folder): the moderator's summary to the department, and the department's answer once given.
 * {@code answerMessageId} is the forum message the answer was posted as.
 */
public record EscalationTranscript(long id, long discussionId, String discussionTitle, long departmentId,
		String summary, String state, long raisedBy, Instant raisedAt, @Nullable Long answeredBy,
		@Nullable Instant answeredAt, @Nullable String answer, @Nullable Instant closedAt) {
}
