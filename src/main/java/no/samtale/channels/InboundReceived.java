package no.samtale.channels;

import java.time.Instant;

/**
 * A new external message was stored (published once per external id; the inbox threads it). {@code kind} and
 * {@code receivedAt} let analytics count comments and private messages per day without reading this module's tables.
 */
public record InboundReceived(long inboundId, long accountId, Visibility kind, Instant receivedAt) {
}
