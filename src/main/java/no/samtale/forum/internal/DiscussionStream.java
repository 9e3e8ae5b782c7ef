package no.samtale.forum.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.dialogue.DiscussionVerified;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageEdited;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessagePosted;
import no.samtale.dialogue.MessageRemoved;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ClusterSignals;
import no.samtale.platform.SseHub;

/**
 * Pushes what changed in a discussion to the pages that show it on every node (through a cluster signal), over
 * Server-Sent Events, once the change has committed. An event names ids and what happened, never text: the page fetches the discussion again, through the
 * same access rules as any read. Back-office notes are not announced on the public page.
 */
@Component
class DiscussionStream {

	/** What happened to a discussion's public thread. */
	enum Change {
		POSTED, EDITED, REMOVED, VERIFIED
	}

	/** The data of a {@code discussion} event; {@code messageId} is null when a verified answer was withdrawn. */
	record DiscussionChanged(long discussionId, Long messageId, Change change) {
	}

	static final String EVENT = "discussion";

	private final SseHub<Long> streams = new SseHub<>();

	private final Discussions discussions;

	private final ForumAccess access;

	static final String SIGNAL = "discussion";

	private final ClusterSignals signals;

	DiscussionStream(Discussions discussions, ForumAccess access, ClusterSignals signals) {
		this.discussions = discussions;
		this.access = access;
		this.signals = signals;
		signals.on(SIGNAL, this::received);
	}

	/** Only a reader of the discussion's space opens its stream: 404 for a discussion or space they may not see. */
	@Transactional(readOnly = true)
	SseEmitter open(long discussionId, CurrentUser user) {
		access.toRead(discussions.get(discussionId).spaceId(), user);
		return streams.open(discussionId);
	}

	@EventListener
	void on(MessagePosted posted) {
		if (posted.kind() == MessageKind.POST) {
			push(new DiscussionChanged(posted.discussionId(), posted.messageId(), Change.POSTED));
		}
	}

	@EventListener
	void on(MessageEdited edited) {
		push(new DiscussionChanged(edited.discussionId(), edited.messageId(), Change.EDITED));
	}

	@EventListener
	void on(MessageRemoved removed) {
		push(new DiscussionChanged(removed.discussionId(), removed.messageId(), Change.REMOVED));
	}

	@EventListener
	void on(DiscussionVerified verified) {
		push(new DiscussionChanged(verified.discussionId(), verified.messageId(), Change.VERIFIED));
	}

	private void push(DiscussionChanged changed) {
		// To every node; each sends it to the pages open on it.
		signals.send(SIGNAL, changed.discussionId() + " " + (changed.messageId() == null ? "-" : changed.messageId())
				+ " " + changed.change().name());
	}

	private void received(String ids) {
		String[] parts = ids.split(" ");
		long discussionId = Long.parseLong(parts[0]);
		streams.send(discussionId, EVENT, new DiscussionChanged(discussionId,
				"-".equals(parts[1]) ? null : Long.valueOf(parts[1]), Change.valueOf(parts[2])));
	}

}
