package no.samtale.dialogue;

/** A message was added to a discussion (search indexes it, followers are told, analytics counts it). */
public record MessagePosted(long messageId, long discussionId, long spaceId, long authorId, MessageKind kind) {
}
