package no.samtale.inbox.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.teams.Teams;
import no.samtale.inbox.ConversationChanged;
import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.ConversationsChanged;
import no.samtale.platform.ClusterSignals;
import no.samtale.platform.SseHub;

/**
 * Pushes every change in a team's conversations to the open inbox and approval pages of its members on every node,
 * after the change has committed, so that the partner on duty sees a reply waiting within a second. The change
 * travels as a cluster signal of ids and a status; each node sends it to its own members' pages, which fetch the
 * conversation again (and reload their list when they reconnect).
 */
@Component
class InboxStream {

	private final SseHub<Long> streams = new SseHub<>();

	static final String SIGNAL = "inbox";

	/** Many changes of one team and status at once: "team status id,id,…", as many ids as fit in a signal. */
	static final String SIGNAL_MANY = "inbox-many";

	private static final int IDS_PER_SIGNAL = 400;

	private final Teams teams;

	private final ClusterSignals signals;

	InboxStream(Teams teams, ClusterSignals signals) {
		this.teams = teams;
		this.signals = signals;
		signals.on(SIGNAL, this::received);
		signals.on(SIGNAL_MANY, this::receivedMany);
	}

	SseEmitter open(long userId) {
		return streams.open(userId);
	}

	@EventListener
	void on(ConversationChanged changed) {
		signals.send(SIGNAL, changed.conversationId() + " " + changed.teamId() + " " + changed.status().name() + " "
				+ (changed.replyId() == null ? "-" : changed.replyId()));
	}

	/** A batch travels as a few signals instead of one per conversation. */
	@EventListener
	void on(ConversationsChanged changed) {
		List<Long> ids = changed.conversationIds();
		for (int from = 0; from < ids.size(); from += IDS_PER_SIGNAL) {
			signals.send(SIGNAL_MANY, changed.teamId() + " " + changed.status().name() + " " + String.join(",",
					ids.subList(from, Math.min(ids.size(), from + IDS_PER_SIGNAL)).stream().map(String::valueOf).toList()));
		}
	}

	private void receivedMany(String message) {
		String[] parts = message.split(" ");
		for (String id : parts[2].split(",")) {
			push(new ConversationChanged(Long.parseLong(id), Long.parseLong(parts[0]),
					ConversationStatus.valueOf(parts[1]), null));
		}
	}

	private void received(String ids) {
		String[] parts = ids.split(" ");
		push(new ConversationChanged(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
				ConversationStatus.valueOf(parts[2]), "-".equals(parts[3]) ? null : Long.valueOf(parts[3])));
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
