package no.samtale.publishing.internal.images;

import java.time.Instant;

/** An uploaded image of a team's post, as stored (re-encoded) with its required alt text. */
public record PostImage(long id, long teamId, long uploaderId, String contentType, int width, int height,
		long sizeBytes, String altText, Instant createdAt) {
}
