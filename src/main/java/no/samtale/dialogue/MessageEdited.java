package no.samtale.dialogue;

/** The text of a message changed (search reindexes its discussion). */
public record MessageEdited(long messageId, long discussionId) {
}
