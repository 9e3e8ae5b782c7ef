package no.samtale.channels;

/**
 * A stored inbound message changed on its platform: edited (the new body), or removed there (the body is gone
 * and {@code removed} is set). Published once per applied change; the inbox updates its copy.
 */
public record InboundChanged(long inboundId, long accountId, String body, boolean removed) {
}
