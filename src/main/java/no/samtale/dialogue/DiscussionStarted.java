package no.samtale.dialogue;

/**
 * A new discussion was started in a space, with its opening message (which is also published as
 * {@link MessagePosted}). Notifications can tell the space's followers; analytics counts questions.
 *
 * @param question whether it was asked as a question (then its status starts as OPEN)
 */
public record DiscussionStarted(long discussionId, long spaceId, long authorId, long openingMessageId,
		boolean question) {
}
