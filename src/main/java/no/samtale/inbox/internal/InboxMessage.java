package no.samtale.inbox.internal;

import java.time.Instant;

import no.samtale.channels.Visibility;

/**
 * A message in a conversation: IN from the citizen, OUT an approved reply that was delivered. {@code body} and
 * {@code authorName} are null once erased; a message removed on its platform has an empty body and
 * {@code removedOnPlatform}.
 */
record InboxMessage(long id, long conversationId, String direction, Visibility visibility, String authorName,
		Long authorId, String externalId, String body, Instant createdAt, Long replyId, Long inboundId,
		boolean hiddenOnPlatform, boolean removedOnPlatform) {
}
