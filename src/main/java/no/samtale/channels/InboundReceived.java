package no.samtale.channels;

/** A new external message was stored (published once per external id; the inbox threads it). */
public record InboundReceived(long inboundId, long accountId) {
}
