package no.samtale.inbox;

import java.time.Instant;

/** Someone gave a conversation to an advisor of its team ({@code assigneeId}), or took it from them (null). */
public record ConversationAssigned(long conversationId, long teamId, Long assigneeId, long assignedBy, Instant at) {
}
