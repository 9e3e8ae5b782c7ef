package no.samtale.publishing.internal.videos;

import java.time.Instant;

/** A video uploaded for a team's post, stored as it came; its type was read from its first bytes. */
public record PostVideo(long id, long teamId, long uploaderId, String contentType, long sizeBytes, Instant createdAt) {
}
