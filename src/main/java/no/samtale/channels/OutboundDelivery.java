package no.samtale.channels;

import java.time.Instant;

/**
 * One thing to deliver. The idempotency key is the same on every attempt, so a connector whose platform lets it
 * look up or deduplicate by key never delivers twice. {@code publishAt} is set for {@link OutboundAction#SCHEDULE}. {@code senderUserId} is the user the message is sent on behalf of (the
 * reply's author), null for the account's own posts. {@code media} is a post's image, null for text alone.
 */
public record OutboundDelivery(long outboxId, Account account, OutboundAction action, String targetExternalId,
		String body, String idempotencyKey, Instant publishAt, Long senderUserId, OutboundMedia media) {

	/** A delivery of text alone. */
	public OutboundDelivery(long outboxId, Account account, OutboundAction action, String targetExternalId,
			String body, String idempotencyKey, Instant publishAt, Long senderUserId) {
		this(outboxId, account, action, targetExternalId, body, idempotencyKey, publishAt, senderUserId, null);
	}

}
