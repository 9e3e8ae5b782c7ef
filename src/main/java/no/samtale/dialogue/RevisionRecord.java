package no.samtale.dialogue;

import java.time.Instant;

/** An earlier wording of a message, kept when it was edited. */
public record RevisionRecord(String body, Instant editedAt, long editedBy) {
}
