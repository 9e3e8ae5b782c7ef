package no.samtale.dialogue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Something a user is told in the app. {@code text} is the subject (such as a discussion's title), not a sentence:
 * the web shell phrases the sentence from {@code kind} in the reader's language.
 */
public record NotificationRecord(long id, NotificationKind kind, String text, @Nullable Long discussionId,
		Instant createdAt,
		boolean read) {
}
