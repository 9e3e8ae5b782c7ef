package no.samtale.channels;

/** The platform reports a message it had handed over as hidden from the public, or shown again. */
public record InboundHiddenChanged(long inboundId, long accountId, boolean hidden) {
}
