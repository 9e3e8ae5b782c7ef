package no.samtale.channels.internal.webchat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.platform.ClusterSignals;
import no.samtale.platform.SseHub;

/**
 * Pushes each stored chat line to the citizen's open chat page, on whichever node it is open: a cluster signal
 * (session and line) after commit, and the node holding the page reads the lines it has not sent yet from the
 * database, numbered by their ids. A page that reconnects sends the last number as {@code Last-Event-ID}.
 */
@Component
class ChatStream {

	static final String SIGNAL = "chat";

	private final SseHub<Long> streams = new SseHub<>();

	private final ChatSessions sessions;

	private final ClusterSignals signals;

	ChatStream(ChatSessions sessions, ClusterSignals signals) {
		this.sessions = sessions;
		this.signals = signals;
		signals.on(SIGNAL, this::received);
	}

	SseEmitter open(long sessionId, Long after) {
		if (after == null) {
			return streams.open(sessionId);
		}
		return streams.open(sessionId, batch -> sessions.messagesAfter(sessionId, after)
			.forEach(missed -> batch.addNumbered(missed.id(), "message", missed)));
	}

	@EventListener
	void on(ChatMessageStored stored) {
		signals.send(SIGNAL, stored.sessionId() + " " + stored.message().id());
	}

	private void received(String ids) {
		String[] parts = ids.split(" ");
		long sessionId = Long.parseLong(parts[0]);
		long id = Long.parseLong(parts[1]);
		if (streams.isConnected(sessionId)) {
			sessions.messagesAfter(sessionId, id - 1).stream().filter(message -> message.id() == id).findFirst()
				.ifPresent(message -> streams.send(sessionId, batch -> batch.addNumbered(id, "message", message)));
		}
	}

}
