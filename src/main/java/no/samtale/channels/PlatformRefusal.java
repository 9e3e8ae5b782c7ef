package no.samtale.channels;

/**
 * Why a platform would refuse an outbound action (a public X reply to a citizen who did not mention the account, a
 * text longer than it takes), known before anyone approves it. {@code field} is the request field to blame.
 */
public record PlatformRefusal(String field, String reason) {
}
