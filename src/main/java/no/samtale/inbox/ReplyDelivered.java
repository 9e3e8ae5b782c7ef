package no.samtale.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A reply reached its platform (once per reply). For analytics: {@code waitingSince} is when the conversation began
 * waiting for this answer (null when it was not waiting: a second reply in the same turn), {@code submittedAt} when
 * the reply was handed to a partner to check and {@code approvedAt} when it was approved (null when it needed no
 * approval), {@code sentAt} when the platform accepted it.
 */
public record ReplyDelivered(long replyId, long conversationId, long teamId, long accountId, long authorId,
		boolean publicReply, @Nullable Instant waitingSince, @Nullable Instant submittedAt, @Nullable Instant approvedAt,
		Instant sentAt) {
}
