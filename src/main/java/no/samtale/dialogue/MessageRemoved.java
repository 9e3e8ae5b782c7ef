package no.samtale.dialogue;

/** A moderator took a message out of sight (search drops its text). */
public record MessageRemoved(long messageId, long discussionId) {
}
