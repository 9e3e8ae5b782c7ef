package no.samtale.dialogue;

/** A discussion and everything in it were deleted (retention); the search index drops it. */
public record DiscussionDeleted(long discussionId, long spaceId) {
}
