package no.samtale.inbox.internal;

import java.time.Instant;

import no.samtale.channels.Visibility;

/**
 * A reply: its wording ({@code body}, null once forgotten), where it goes and how far it got. Its four-eyes review is
 * the approval request {@code approvalId}.
 */
record Reply(long id, long approvalId, long conversationId, Visibility visibility, ReplyStatus status, String body,
		Long outboxId, Instant createdAt, Instant sentAt) {
}
