package no.samtale.dialogue.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes notifications to the pages a user has open, over Server-Sent Events. The registry is per node: with
 * several nodes a user's page gets live pushes only from the node it is connected to, and sees the rest on its
 * next load (the stored notifications are the source of truth).
 */
@Component
class NotificationStream {

	private static final long TIMEOUT_MS = 30 * 60 * 1000L;

	private final Map<Long, List<SseEmitter>> emitters = new ConcurrentHashMap<>();

	SseEmitter open(long userId) {
		SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
		List<SseEmitter> mine = emitters.computeIfAbsent(userId, key -> new CopyOnWriteArrayList<>());
		mine.add(emitter);
		Runnable forget = () -> mine.remove(emitter);
		emitter.onCompletion(forget);
		emitter.onTimeout(forget);
		emitter.onError(error -> forget.run());
		try {
			// A first comment commits the response, so the browser knows at once that the stream is open.
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException gone) {
			forget.run();
		}
		return emitter;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(NotificationsCreated created) {
		for (SseEmitter emitter : emitters.getOrDefault(created.userId(), List.of())) {
			try {
				emitter.send(SseEmitter.event().name("notification").data(created.notification()));
			}
			catch (IOException | IllegalStateException gone) {
				emitter.completeWithError(gone);
			}
		}
	}

}
