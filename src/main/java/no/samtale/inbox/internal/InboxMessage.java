package no.samtale.inbox.internal;

import java.time.Instant;

import no.samtale.channels.Visibility;

/** A message in a conversation: IN from the citizen, OUT an approved reply that was delivered. */
record InboxMessage(long id, long conversationId, String direction, Visibility visibility, String authorName,
		Long authorId, String externalId, String body, Instant createdAt, Long replyId, Long inboundId, boolean hiddenOnPlatform) {
}
