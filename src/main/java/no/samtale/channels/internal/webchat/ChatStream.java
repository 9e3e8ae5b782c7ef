package no.samtale.channels.internal.webchat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.platform.AfterCommit;
import no.samtale.platform.SseHub;

/** Pushes each stored chat line to the citizen's open chat page. */
@Component
class ChatStream {

	private final SseHub<Long> streams = new SseHub<>();

	SseEmitter open(long sessionId) {
		return streams.open(sessionId);
	}

	@EventListener
	void on(ChatMessageStored stored) {
		AfterCommit.run(() -> push(stored));
	}

	private void push(ChatMessageStored stored) {
		streams.send(stored.sessionId(), "message", stored.message());
	}

}
