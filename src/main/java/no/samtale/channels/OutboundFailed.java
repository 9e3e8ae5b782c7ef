package no.samtale.channels;

/** An outbound delivery gave up: a permanent failure, or too many transient ones. A retry may revive it. */
public record OutboundFailed(long outboxId, String idempotencyKey, String error) {
}
