package no.samtale.inbox.internal;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.teams.Teams;
import no.samtale.inbox.ConversationChanged;
import no.samtale.platform.AfterCommit;
import no.samtale.platform.SseHub;

/**
 * Pushes every change in a team's conversations to the open inbox and approval pages of its members, after the
 * change has committed, so that the partner on duty sees a reply waiting within a second.
 */
@Component
class InboxStream {

	private final SseHub<Long> streams = new SseHub<>();

	private final Teams teams;

	InboxStream(Teams teams) {
		this.teams = teams;
	}

	SseEmitter open(long userId) {
		return streams.open(userId);
	}

	@EventListener
	void on(ConversationChanged changed) {
		AfterCommit.run(() -> push(changed));
	}

	private void push(ConversationChanged changed) {
		if (streams.connected().isEmpty()) {
			return;
		}
		var members = teams.get(changed.teamId()).memberIds();
		streams.send(members, "conversation", Map.of("conversationId", changed.conversationId(), "teamId",
				changed.teamId(), "status", changed.status()));
		if (changed.replyId() != null) {
			streams.send(members, "approval", Map.of("replyId", changed.replyId(), "teamId", changed.teamId(),
					"conversationId", changed.conversationId()));
		}
	}

}
