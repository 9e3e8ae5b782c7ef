package no.samtale.inbox.internal;

import java.time.Instant;

import no.samtale.channels.Visibility;
import no.samtale.inbox.ConversationStatus;

/** A conversation as stored. */
record Conversation(long id, long accountId, long teamId, Visibility kind, String threadKey, ConversationStatus status,
		String subject, String correspondentName, String correspondentExternalId, String contextExternalId,
		String contextBody, Long assigneeId, int messageCount, Instant openedAt, Instant waitingSince,
		Instant lastInboundAt, Instant lastActivityAt, Instant firstResponseAt, Instant closedAt,
		boolean personalData) {
}
