package no.samtale.inbox.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.ApprovalState;
import no.samtale.approval.Approvals;
import no.samtale.identity.CurrentUser;
import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.ReplyApproved;
import no.samtale.inbox.ReplyEditProposed;
import no.samtale.inbox.ReplySentBack;
import no.samtale.inbox.ReplySubmitted;
import no.samtale.platform.RuleViolationException;

/**
 * Four eyes on a reply: a partner approves it (and it is queued in the same transaction), edits it (and the edit goes
 * back to the author to accept, or to a third member), or sends it back; the author rewords it.
 */
@Service
class ReplyReview {

	private final InboxAccess access;

	private final ConversationStore conversations;

	private final ConversationAudit audit;

	private final ReplyStore replies;

	private final ReplyQueue queue;

	private final OutgoingText text;

	private final Approvals approvals;

	private final ApplicationEventPublisher events;

	ReplyReview(InboxAccess access, ConversationStore conversations, ConversationAudit audit, ReplyStore replies,
			ReplyQueue queue, OutgoingText text, Approvals approvals, ApplicationEventPublisher events) {
		this.access = access;
		this.conversations = conversations;
		this.audit = audit;
		this.replies = replies;
		this.queue = queue;
		this.text = text;
		this.approvals = approvals;
		this.events = events;
	}

	/** Approves the reply as it stands, or with {@code editedBody} proposes a change its author must accept. */
	@Transactional
	void approve(long replyId, CurrentUser approver, String editedBody) {
		Reply reply = replies.get(replyId);
		Conversation conversation = conversations.lock(access.visible(reply.conversationId(), approver).id());
		text.check(reply.visibility(), editedBody == null ? reply.body() : editedBody.strip());
		ApprovalRequest decided = approvals.approve(reply.approvalId(), access.reviewer(approver), editedBody);
		if (decided.state() == ApprovalState.PENDING) {
			replies.body(replyId, decided.body());
			audit.record(conversation.id(), approver.id(), AuditAction.REPLY_EDIT_PROPOSED, AuditFacts.reply(replyId));
			events.publishEvent(new ReplyEditProposed(replyId, conversation.id(), conversation.teamId(),
					decided.authorId(), approver.id(), Instant.now()));
			queue.changed(conversation.id(), replyId);
			return;
		}
		boolean accepted = decided.editedByApprover() && decided.authorId() == approver.id();
		audit.record(conversation.id(), approver.id(),
				accepted ? AuditAction.REPLY_EDIT_ACCEPTED : AuditAction.REPLY_APPROVED, AuditFacts.reply(replyId));
		queue.queue(conversation, reply, reply.status(), decidable(reply, true), decided.body(), decided.authorId());
		events.publishEvent(new ReplyApproved(replyId, conversation.id(), conversation.teamId(), decided.authorId(),
				approver.id(), decided.editedByApprover(), Instant.now()));
		settle(conversation.id());
		queue.changed(conversation.id(), replyId);
	}

	@Transactional
	void reject(long replyId, CurrentUser approver, String comment) {
		Reply reply = replies.get(replyId);
		Conversation conversation = conversations.lock(access.visible(reply.conversationId(), approver).id());
		ApprovalRequest decided = approvals.reject(reply.approvalId(), access.reviewer(approver), comment);
		ReplyQueue.moved(replies.move(replyId, reply.status(), decidable(reply, false)));
		audit.record(conversation.id(), approver.id(), AuditAction.REPLY_REJECTED, AuditFacts.reply(replyId));
		events.publishEvent(new ReplySentBack(replyId, conversation.id(), conversation.teamId(), decided.authorId(),
				approver.id(), Instant.now()));
		settle(conversation.id());
		queue.changed(conversation.id(), replyId);
	}

	/** The author rewrites a waiting reply, a reply sent back, or an approver's edit they do not accept. */
	@Transactional
	void reword(long replyId, CurrentUser author, String body) {
		Reply reply = replies.get(replyId);
		Conversation conversation = conversations.lock(access.workable(reply.conversationId(), author).id());
		if (conversation.status() == ConversationStatus.CLOSED) {
			throw new RuleViolationException("conversation-closed", null, "The conversation is closed; reopen it first");
		}
		String wording = body.strip();
		text.check(reply.visibility(), wording);
		boolean resubmitted = reply.status() == ReplyStatus.REJECTED;
		approvals.reword(reply.approvalId(), author.id(), wording);
		ReplyStatus next = reply.status()
			.aRewordedReplyWaitsForAPartnerAgain()
			.orElseThrow(() -> new RuleViolationException("approval-decided", null,
					"An approved reply can no longer be changed"));
		replies.body(replyId, wording);
		ReplyQueue.moved(replies.move(replyId, reply.status(), next));
		conversations.move(conversation, ConversationFlow.aReplyUnderReviewMakesTheConversationWait(conversation.status()));
		audit.record(conversation.id(), author.id(),
				resubmitted ? AuditAction.REPLY_RESUBMITTED : AuditAction.REPLY_EDITED, AuditFacts.reply(replyId));
		if (resubmitted) {
			events.publishEvent(
					new ReplySubmitted(replyId, conversation.id(), conversation.teamId(), author.id(), Instant.now()));
		}
		queue.changed(conversation.id(), replyId);
	}

	/** With nothing left waiting for approval, a conversation is being worked on until the reply is sent. */
	private void settle(long conversationId) {
		Conversation conversation = conversations.get(conversationId);
		conversations.move(conversation, ConversationFlow.withNoReplyWaitingTheConversationIsWorkedOn(
				conversation.status(), replies.anyAwaitingApproval(conversationId)));
	}

	/** Where a waiting reply goes when it is decided; approval has checked it waits, so this holds. */
	private static ReplyStatus decidable(Reply reply, boolean approved) {
		return reply.status()
			.aWaitingReplyIsDecided(approved)
			.orElseThrow(() -> new RuleViolationException("approval-decided", null, "This reply was already decided"));
	}

}
