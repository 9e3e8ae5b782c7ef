package no.samtale.channels;

/** One delivery attempt failed and another is scheduled, so advisors can see a reply is late and why. */
public record OutboundAttemptFailed(long outboxId, String idempotencyKey, String error, int attempts) {
}
