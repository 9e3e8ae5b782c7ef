package no.samtale.notifications.internal;

import java.time.Instant;

/**
 * Something a person is told in the app. {@code text} is the subject (a discussion's title) or null, never a
 * sentence; the ids say where it leads (a discussion, a conversation, a reply in it).
 */
public record Notification(long id, NotificationKind kind, String text, Long discussionId, Long conversationId,
		Long replyId, Instant createdAt, boolean read) {
}
