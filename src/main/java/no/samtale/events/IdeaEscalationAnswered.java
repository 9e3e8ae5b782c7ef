package no.samtale.events;

import java.time.Instant;
import java.util.List;

/**
 * The directorate department answered an idea that was lifted to it (a forum escalation, {@code forum.EscalationAnswered}).
 * The idea's followers are told; the answer is shown on the idea's page.
 *
 * @param answerMessageId the forum post the answer was given as: one event, however it reaches a person
 * @param answeredBy the department's person who answered
 * @param followers the people following the idea when it was answered
 */
public record IdeaEscalationAnswered(long ideaId, String title, long escalationId, long answerMessageId,
		long answeredBy, List<Long> followers, Instant at) {
}
