package no.samtale.channels;

import java.time.Instant;

/**
 * A message as a connector hands it over: a public comment (threaded by {@code threadExternalId}, usually the
 * top comment, under the post {@code contextExternalId}) or a private message (threaded by the correspondent).
 * {@code authorName} is null when the platform does not name the author; {@code body} is empty when the message has
 * no text (an image, a sticker, an attachment).
 */
public record InboundMessage(String externalId, Visibility kind, String threadExternalId, String authorExternalId,
		String authorName, String body, String contextExternalId, String contextBody, Instant sentAt) {
}
