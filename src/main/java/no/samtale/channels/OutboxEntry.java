package no.samtale.channels;

import java.time.Instant;

/** Where one outbound delivery stands; {@code lastErrorCode} says why the last attempt failed, for the client to word. */
public record OutboxEntry(long id, long accountId, String idempotencyKey, OutboundAction action,
		String targetExternalId, State state, int attempts, String lastError, DeliveryFailure.Reason lastErrorCode,
		String externalResultId,
		Instant nextAttemptAt, Instant sentAt, Instant publishAt) {

	public enum State {
		PENDING, IN_FLIGHT, SENT, FAILED,
		/** Erasure stopped it: the person it was for is forgotten. Final. */
		CANCELLED
	}

}
