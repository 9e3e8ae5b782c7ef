package no.samtale.channels;

/**
 * One thing to deliver. The idempotency key is the same on every attempt, so a connector whose platform lets it
 * look up or deduplicate by key never delivers twice.
 */
public record OutboundDelivery(long outboxId, Account account, OutboundAction action, String targetExternalId,
		String body, String idempotencyKey) {
}
