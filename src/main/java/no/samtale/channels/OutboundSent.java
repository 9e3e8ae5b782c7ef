package no.samtale.channels;

/** An outbound delivery succeeded (once per outbox entry). */
public record OutboundSent(long outboxId, String idempotencyKey, String externalResultId) {
}
