package no.samtale.channels.internal.webchat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.platform.SseHub;

/** Pushes each stored chat line to the citizen's open chat page. */
@Component
class ChatStream {

	private final SseHub<Long> streams = new SseHub<>();

	SseEmitter open(long sessionId) {
		return streams.open(sessionId);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ChatMessageStored stored) {
		streams.send(stored.sessionId(), "message", stored.message());
	}

}
