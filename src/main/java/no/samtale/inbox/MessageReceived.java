package no.samtale.inbox;

import java.time.Instant;

import no.samtale.channels.Visibility;

/**
 * A citizen's message was filed into its conversation (once per inbound message). Unlike
 * {@code channels.InboundReceived} it knows the conversation, so listeners outside the inbox (the Kafka topic of
 * conversations) can keep a conversation's facts together and in order.
 */
public record MessageReceived(long conversationId, long inboundId, long teamId, long accountId, Visibility kind,
		Instant receivedAt) {
}
