package no.samtale.notifications.internal;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.platform.AfterCommit;
import no.samtale.platform.SseHub;

/**
 * Pushes new notifications to the pages a person has open, over Server-Sent Events, once the transaction that
 * stored them committed (per node; the stored notifications are the source of truth, and a page that missed a push
 * catches up on its next load).
 */
@Component
class NotificationStream {

	private final SseHub<Long> streams = new SseHub<>();

	SseEmitter open(long userId) {
		return streams.open(userId);
	}

	void pushAfterCommit(long userId, Notification notification) {
		AfterCommit.run(() -> streams.send(userId, "notification", notification));
	}

}
