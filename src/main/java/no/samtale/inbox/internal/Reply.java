package no.samtale.inbox.internal;

import java.time.Instant;

import no.samtale.channels.Visibility;

/** A reply's delivery facts; its wording and review live in the approval request with the same id. */
record Reply(long id, long conversationId, Visibility visibility, ReplyStatus status, Long outboxId,
		Instant createdAt, Instant sentAt) {
}
