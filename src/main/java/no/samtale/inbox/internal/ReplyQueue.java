package no.samtale.inbox.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import no.samtale.channels.OutboundAction;
import no.samtale.channels.Outbox;
import no.samtale.channels.Visibility;
import no.samtale.inbox.ConversationChanged;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;

/**
 * Puts approved replies in the channels' outbox, in the transaction that approved them, so an approved reply is
 * always sent and never twice; and tells the pages what changed.
 */
@Component
class ReplyQueue {

	private final ConversationStore conversations;

	private final ReplyStore replies;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	ReplyQueue(ConversationStore conversations, ReplyStore replies, Outbox outbox, ApplicationEventPublisher events) {
		this.conversations = conversations;
		this.replies = replies;
		this.outbox = outbox;
		this.events = events;
	}

	/** Queues the reply's approved {@code body}, moving it from {@code from} to {@code to}, sent as its author's. */
	void queue(Conversation conversation, Reply reply, ReplyStatus from, ReplyStatus to, String body, long authorId) {
		OutboundAction action = actionFor(conversation, reply.visibility());
		String target = action == OutboundAction.REPLY_PRIVATELY
				? conversations.latestInboundExternalId(conversation.id()).orElse(conversation.threadKey())
				: conversation.threadKey();
		long outboxId = outbox.enqueue(conversation.accountId(), action, target, body, outboxKey(reply), authorId);
		moved(replies.queued(reply.id(), from, to, outboxId));
	}

	/** Keyed by the review, as replies were before they had ids of their own, so no key is ever used twice. */
	static String outboxKey(Reply reply) {
		return DeliveryTracking.KEY_PREFIX + reply.approvalId();
	}

	/**
	 * A public thread is answered in public under its first comment, or privately to the latest comment's author;
	 * a private correspondence only privately.
	 */
	static OutboundAction actionFor(Conversation conversation, Visibility visibility) {
		if (conversation.kind() == Visibility.PRIVATE) {
			if (visibility == Visibility.PUBLIC) {
				throw new InvalidInputException("visibility", "A private conversation can only be answered privately");
			}
			return OutboundAction.MESSAGE;
		}
		return visibility == Visibility.PUBLIC ? OutboundAction.REPLY : OutboundAction.REPLY_PRIVATELY;
	}

	/** A guarded write that found the reply changed: someone decided on it meanwhile. */
	static void moved(boolean moved) {
		if (!moved) {
			throw new RuleViolationException("approval-decided", null, "This reply changed meanwhile");
		}
	}

	void changed(long conversationId, Long replyId) {
		Conversation conversation = conversations.get(conversationId);
		events.publishEvent(new ConversationChanged(conversationId, conversation.teamId(), conversation.status(), replyId));
	}

}
