package no.samtale.inbox.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.Approvals;
import no.samtale.channels.OutboundAttemptFailed;
import no.samtale.channels.OutboundFailed;
import no.samtale.channels.OutboundSent;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.channels.Visibility;
import no.samtale.inbox.ConversationChanged;
import no.samtale.inbox.ReplyDelivered;

/** Follows the outbox: a delivered reply joins its conversation's thread; a failed one is shown with its error. */
@Component
class DeliveryTracking {

	static final String KEY_PREFIX = "inbox-reply-";

	private final ReplyStore replies;

	private final ConversationStore conversations;

	private final ConversationLog log;

	private final ConversationAudit audit;

	private final Approvals approvals;

	private final Users users;

	private final ApplicationEventPublisher events;

	DeliveryTracking(ReplyStore replies, ConversationStore conversations, ConversationLog log, ConversationAudit audit, Approvals approvals,
			Users users, ApplicationEventPublisher events) {
		this.replies = replies;
		this.conversations = conversations;
		this.log = log;
		this.audit = audit;
		this.approvals = approvals;
		this.users = users;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(OutboundSent sent) {
		if (!sent.idempotencyKey().startsWith(KEY_PREFIX)) {
			return;
		}
		Reply reply = replies.byOutbox(sent.outboxId()).orElseThrow();
		ApprovalRequest request = approvals.get(reply.approvalId());
		String author = users.people(java.util.List.of(request.authorId()))
			.values()
			.stream()
			.map(Person::name)
			.findFirst()
			.orElse(null);
		Instant now = Instant.now();
		Conversation conversation = conversations.lock(reply.conversationId());
		if (!log.advisorMessage(conversation.id(), reply.id(), reply.visibility(), request.authorId(), author,
				sent.externalResultId(), reply.body(), now)) {
			return;
		}
		ReplyStatus sentStatus = reply.status().aQueuedReplyIsDeliveredOrFails(true).orElseThrow();
		if (!replies.sent(reply.id(), reply.status(), sentStatus, now)) {
			throw new IllegalStateException("Reply " + reply.id() + " changed while it was delivered");
		}
		conversations.advisorAnswered(conversation, now, ConversationFlow
			.aDeliveredReplyAnswersTheConversationUnlessAnotherWaits(conversation.status(),
					replies.anyAwaitingApproval(conversation.id())));
		audit.record(conversation.id(), null, AuditAction.REPLY_SENT, AuditFacts.reply(reply.id()));
		boolean approved = request.decidedBy() != null;
		events.publishEvent(new ReplyDelivered(reply.id(), conversation.id(), conversation.teamId(),
				conversation.accountId(), request.authorId(), reply.visibility() == Visibility.PUBLIC,
				conversation.waitingSince(), approved ? request.submittedAt() : null,
				approved ? request.decidedAt() : null, now));
		changed(conversation.id(), reply.id());
	}

	@ApplicationModuleListener
	void on(OutboundFailed failed) {
		if (!failed.idempotencyKey().startsWith(KEY_PREFIX)) {
			return;
		}
		Reply reply = replies.byOutbox(failed.outboxId()).orElseThrow();
		// Reported once per failure; a retried report finds the reply failed already and changes nothing.
		reply.status().aQueuedReplyIsDeliveredOrFails(false)
			.ifPresent(next -> replies.move(reply.id(), reply.status(), next));
		audit.record(reply.conversationId(), null, AuditAction.REPLY_FAILED,
				AuditFacts.failure(reply.id(), null, failed.error()));
		changed(reply.conversationId(), reply.id());
	}

	@ApplicationModuleListener
	void on(OutboundAttemptFailed failed) {
		if (!failed.idempotencyKey().startsWith(KEY_PREFIX)) {
			return;
		}
		Reply reply = replies.byOutbox(failed.outboxId()).orElseThrow();
		audit.record(reply.conversationId(), null, AuditAction.REPLY_ATTEMPT_FAILED,
				AuditFacts.failure(reply.id(), failed.attempts(), failed.error()));
		changed(reply.conversationId(), reply.id());
	}

	private void changed(long conversationId, long replyId) {
		Conversation conversation = conversations.get(conversationId);
		events.publishEvent(new ConversationChanged(conversationId, conversation.teamId(), conversation.status(), replyId));
	}

}
