package no.samtale.dialogue;

/**
 * A discussion's quality-assured answer was set or cleared, which changes its status (search ranks verified
 * answers first).
 *
 * @param messageId the verified answer, or null when it was cleared
 */
public record DiscussionVerified(long discussionId, Long messageId) {
}
