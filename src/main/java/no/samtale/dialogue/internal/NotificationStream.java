package no.samtale.dialogue.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.platform.AfterCommit;
import no.samtale.platform.SseHub;

/**
 * Pushes notifications to the pages a user has open, over Server-Sent Events (per node; the stored notifications
 * are the source of truth).
 */
@Component
class NotificationStream {

	private final SseHub<Long> streams = new SseHub<>();

	SseEmitter open(long userId) {
		return streams.open(userId);
	}

	@EventListener
	void on(NotificationsCreated created) {
		AfterCommit.run(() -> push(created));
	}

	private void push(NotificationsCreated created) {
		streams.send(created.userId(), "notification", created.notification());
	}

}
