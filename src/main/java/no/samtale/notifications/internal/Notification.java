package no.samtale.notifications.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Something a person is told in the app. {@code text} is the subject (a discussion's title) or null, never a
 * sentence; the ids say where it leads (a discussion, a conversation, a reply in it, an idea, a hearing, a channel
 * account, a nettprat). {@code detail} is a short text someone wrote for the readers (why a nettprat was cancelled),
 * shown as it stands; null for most kinds.
 */
public record Notification(long id, NotificationKind kind, @Nullable String text, @Nullable Long discussionId,
		@Nullable Long conversationId, @Nullable Long replyId, @Nullable Long ideaId, @Nullable Long hearingId,
		@Nullable Long accountId, @Nullable Long nettpratId, @Nullable String detail, Instant createdAt, boolean read) {
}
