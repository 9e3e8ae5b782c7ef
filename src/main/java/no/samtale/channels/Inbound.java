package no.samtale.channels;

import java.time.Instant;

/**
 * A stored inbound message. {@code authorName} is null when the platform did not name the author; {@code body} is
 * empty when the message had no text, or when it was removed on its platform since ({@code removed}).
 */
public record Inbound(long id, long accountId, String externalId, Visibility kind, String threadExternalId,
		String authorExternalId, String authorName, String body, String contextExternalId, String contextBody,
		Instant sentAt, Instant receivedAt, boolean removed) {
}
