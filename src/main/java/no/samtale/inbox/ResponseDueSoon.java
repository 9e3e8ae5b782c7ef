package no.samtale.inbox;

import java.time.Instant;

/**
 * A conversation still waits for an answer and will pass its account's response target at {@code dueAt}. Published
 * once per waiting period ({@code waitingSince} tells the periods apart).
 */
public record ResponseDueSoon(long conversationId, long teamId, Long assigneeId, Instant waitingSince,
		Instant dueAt) {
}
