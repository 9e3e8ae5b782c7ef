package no.samtale.dialogue.internal;

import no.samtale.dialogue.NotificationRecord;

/** Internal: a notification was stored; pushed to the user's open pages once the transaction commits. */
public record NotificationsCreated(long userId, NotificationRecord notification) {
}
