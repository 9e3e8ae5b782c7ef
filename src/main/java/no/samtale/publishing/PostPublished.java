package no.samtale.publishing;

import java.time.Instant;

/**
 * A post is out on its platform and marked published (once per post). Ids and non-personal facts only: who wants
 * the text reads it through {@link Posts}. Published in the transaction that marks the post, so listeners hear it
 * after that commit (through the event publication registry).
 */
public record PostPublished(long postId, long accountId, long teamId, Instant publishedAt) {
}
