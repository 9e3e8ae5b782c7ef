package no.samtale.forum;

import java.time.Instant;

/** A moderator ({@code verifiedBy}) quality-assured a message as the answer of a discussion; the asker is told. */
public record AnswerVerified(long discussionId, long messageId, long verifiedBy, Instant at) {
}
