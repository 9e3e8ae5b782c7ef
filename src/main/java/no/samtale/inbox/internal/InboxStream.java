package no.samtale.inbox.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.channels.Teams;
import no.samtale.inbox.ConversationChanged;
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

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ConversationChanged changed) {
		var members = teams.get(changed.teamId()).memberIds();
		streams.send(members, "conversation", Map.of("conversationId", changed.conversationId(), "teamId",
				changed.teamId(), "status", changed.status()));
		if (changed.replyId() != null) {
			streams.send(members, "approval", Map.of("replyId", changed.replyId(), "teamId", changed.teamId(),
					"conversationId", changed.conversationId()));
		}
	}

}
