package no.samtale.channels;

import java.time.Instant;

/**
 * An outbound delivery succeeded (once per outbox entry). {@code accountId}, {@code action} and {@code sentAt} let
 * analytics count posts and replies per account and day.
 */
public record OutboundSent(long outboxId, String idempotencyKey, String externalResultId, long accountId,
		OutboundAction action, Instant sentAt) {
}
