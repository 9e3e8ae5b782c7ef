package no.samtale.channels;

import java.time.LocalDate;

/**
 * A conversation held in a manual channel's own app (Snapchat) was logged: one question asked and answered on
 * {@code heldOn}, on the account. No text and nobody's name: analytics counts it beside the connected channels'.
 */
public record ManualConversationLogged(long entryId, long accountId, LocalDate heldOn) {
}
