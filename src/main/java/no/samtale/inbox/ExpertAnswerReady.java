package no.samtale.inbox;

import java.time.Instant;

/**
 * The forum's moderator verified an answer to a question an advisor took from a conversation to the experts
 * ({@code askedBy}); the answer is now offered as a draft reply in the conversation. Carries no text.
 */
public record ExpertAnswerReady(long conversationId, long teamId, long discussionId, long askedBy, Instant at) {
}
