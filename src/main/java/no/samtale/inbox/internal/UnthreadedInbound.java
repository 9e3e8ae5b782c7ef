package no.samtale.inbox.internal;

/**
 * A citizen's message that could not be threaded with its batch ({@link ThreadingInBulk}), to be threaded on its own:
 * its own event publication is retried until it succeeds, without holding up the rest of its batch.
 */
record UnthreadedInbound(long inboundId) {
}
