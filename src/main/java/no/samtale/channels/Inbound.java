package no.samtale.channels;

import java.time.Instant;

/** A stored inbound message. {@code removed}: removed on its platform since; its body is then empty. */
public record Inbound(long id, long accountId, String externalId, Visibility kind, String threadExternalId,
		String authorExternalId, String authorName, String body, String contextExternalId, String contextBody,
		Instant sentAt, Instant receivedAt, boolean removed) {
}
