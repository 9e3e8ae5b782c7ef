package no.samtale.inbox.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.Approvals;
import no.samtale.approval.SubjectKind;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.Outbox;
import no.samtale.channels.Visibility;
import no.samtale.identity.CurrentUser;
import no.samtale.inbox.ConversationChanged;
import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.ReplyApproved;
import no.samtale.inbox.ReplySentBack;
import no.samtale.inbox.ReplySubmitted;
import no.samtale.platform.ConflictException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;

/**
 * A reply's way out: drafted by an advisor, checked by another advisor of the team (four-eyes, in the approval
 * module), then queued in the channels' outbox in the same transaction as the approval, so an approved reply is
 * always sent and never twice.
 */
@Service
class ReplyWorkflow {

	static final int MAX_BODY = 8000;

	/** The author id of replies Samtale proposes itself; no user has it. */
	static final long SYSTEM_AUTHOR = 0;

	private final InboxAccess access;

	private final ConversationStore conversations;

	private final ConversationLog log;

	private final ReplyStore replies;

	private final Approvals approvals;

	private final Accounts accounts;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	ReplyWorkflow(InboxAccess access, ConversationStore conversations, ConversationLog log, ReplyStore replies,
			Approvals approvals, Accounts accounts, Outbox outbox, ApplicationEventPublisher events) {
		this.access = access;
		this.conversations = conversations;
		this.log = log;
		this.replies = replies;
		this.approvals = approvals;
		this.accounts = accounts;
		this.outbox = outbox;
		this.events = events;
	}

	@Transactional
	long draft(long conversationId, CurrentUser author, String body, Visibility visibility) {
		Conversation conversation = access.workable(conversationId, author);
		conversation = conversations.lock(conversation.id());
		if (conversation.status() == ConversationStatus.CLOSED) {
			throw new RuleViolationException("conversation-closed", null, "The conversation is closed; reopen it first");
		}
		Account account = accounts.get(conversation.accountId());
		OutboundAction action = actionFor(conversation, visibility);
		if (!accounts.capabilities(account).contains(action.needs())) {
			throw new InvalidInputException("visibility", "This account cannot be answered " + visibility.name().toLowerCase());
		}
		boolean needsApproval = visibility == Visibility.PUBLIC || account.privateRepliesNeedApproval();
		long approvalId = approvals.submit(SubjectKind.REPLY, conversation.teamId(), author.id(), body.strip(),
				!needsApproval);
		long id = replies.insert(approvalId, conversation.id(), visibility,
				needsApproval ? ReplyStatus.AWAITING_APPROVAL : ReplyStatus.APPROVED, body.strip());
		if (conversation.assigneeId() == null) {
			conversations.assign(conversation.id(), author.id());
		}
		log.audit(conversation.id(), author.id(), "REPLY_DRAFTED", visibility.name() + " reply " + id);
		if (needsApproval) {
			conversations.status(conversation.id(), ConversationStatus.AWAITING_APPROVAL);
			events.publishEvent(new ReplySubmitted(id, conversation.id(), conversation.teamId(), author.id()));
		}
		else {
			queue(conversation, replies.get(id), body.strip());
			log.audit(conversation.id(), author.id(), "REPLY_APPROVED", "Reply " + id + " needs no approval on this account");
		}
		changed(conversation.id(), id);
		return id;
	}

	/**
	 * A reply Samtale drafts by itself (asking a citizen who shared an identity number to write privately). Its author
	 * is {@link #SYSTEM_AUTHOR}, so any advisor of the team may check and send it, or send it back unused.
	 */
	long propose(Conversation conversation, Visibility visibility, String body) {
		long approvalId = approvals.submit(SubjectKind.REPLY, conversation.teamId(), SYSTEM_AUTHOR, body, false);
		long id = replies.insert(approvalId, conversation.id(), visibility, ReplyStatus.AWAITING_APPROVAL, body);
		log.audit(conversation.id(), null, "REPLY_PROPOSED", visibility.name() + " reply " + id);
		conversations.status(conversation.id(), ConversationStatus.AWAITING_APPROVAL);
		events.publishEvent(new ReplySubmitted(id, conversation.id(), conversation.teamId(), SYSTEM_AUTHOR));
		changed(conversation.id(), id);
		return id;
	}

	@Transactional
	void approve(long replyId, CurrentUser approver, String editedBody) {
		Reply reply = replies.get(replyId);
		Conversation conversation = conversations.lock(access.visible(reply.conversationId(), approver).id());
		ApprovalRequest decided = approvals.approve(reply.approvalId(), access.reviewer(approver), editedBody);
		if (decided.editedByApprover()) {
			replies.body(replyId, decided.body());
			log.audit(conversation.id(), approver.id(), "REPLY_EDITED", "Reply " + replyId + " edited by the approver");
		}
		log.audit(conversation.id(), approver.id(), "REPLY_APPROVED", "Reply " + replyId);
		queue(conversation, reply, decided.body());
		events.publishEvent(new ReplyApproved(replyId, conversation.id(), conversation.teamId(), decided.authorId(),
				approver.id(), decided.editedByApprover()));
		settle(conversation.id());
		changed(conversation.id(), replyId);
	}

	@Transactional
	void reject(long replyId, CurrentUser approver, String comment) {
		Reply reply = replies.get(replyId);
		Conversation conversation = conversations.lock(access.visible(reply.conversationId(), approver).id());
		ApprovalRequest decided = approvals.reject(reply.approvalId(), access.reviewer(approver), comment);
		replies.status(replyId, ReplyStatus.REJECTED);
		events.publishEvent(new ReplySentBack(replyId, conversation.id(), conversation.teamId(), decided.authorId(),
				approver.id()));
		log.audit(conversation.id(), approver.id(), "REPLY_REJECTED", "Reply " + replyId + " sent back to its author");
		settle(conversation.id());
		changed(conversation.id(), replyId);
	}

	@Transactional
	void reword(long replyId, CurrentUser author, String body) {
		Reply reply = replies.get(replyId);
		Conversation conversation = conversations.lock(access.workable(reply.conversationId(), author).id());
		if (conversation.status() == ConversationStatus.CLOSED) {
			throw new RuleViolationException("conversation-closed", null, "The conversation is closed; reopen it first");
		}
		boolean resubmitted = reply.status() == ReplyStatus.REJECTED;
		approvals.reword(reply.approvalId(), author.id(), body);
		replies.body(replyId, body.strip());
		replies.status(replyId, ReplyStatus.AWAITING_APPROVAL);
		conversations.status(conversation.id(), ConversationStatus.AWAITING_APPROVAL);
		log.audit(conversation.id(), author.id(), resubmitted ? "REPLY_RESUBMITTED" : "REPLY_EDITED", "Reply " + replyId);
		if (resubmitted) {
			events.publishEvent(new ReplySubmitted(replyId, conversation.id(), conversation.teamId(), author.id()));
		}
		changed(conversation.id(), replyId);
	}

	@Transactional
	void retry(long replyId, CurrentUser advisor) {
		Reply reply = replies.get(replyId);
		Conversation conversation = access.workable(reply.conversationId(), advisor);
		if (reply.status() != ReplyStatus.FAILED || reply.outboxId() == null) {
			throw new ConflictException("status", "Only a reply whose delivery failed can be retried");
		}
		outbox.retry(reply.outboxId());
		replies.status(replyId, ReplyStatus.APPROVED);
		log.audit(conversation.id(), advisor.id(), "REPLY_RETRIED", "Reply " + replyId);
		changed(conversation.id(), replyId);
	}

	/** With nothing left waiting for approval, a conversation is being worked on until the reply is sent. */
	private void settle(long conversationId) {
		Conversation conversation = conversations.get(conversationId);
		if (conversation.status() == ConversationStatus.AWAITING_APPROVAL && !replies.anyAwaitingApproval(conversationId)) {
			conversations.status(conversationId, ConversationStatus.IN_PROGRESS);
		}
	}

	private void queue(Conversation conversation, Reply reply, String body) {
		OutboundAction action = actionFor(conversation, reply.visibility());
		String target = action == OutboundAction.REPLY_PRIVATELY
				? conversations.latestInboundExternalId(conversation.id()).orElse(conversation.threadKey())
				: conversation.threadKey();
		long outboxId = outbox.enqueue(conversation.accountId(), action, target, body, outboxKey(reply));
		replies.queued(reply.id(), outboxId);
	}

	/** Keyed by the review, as replies were before they had ids of their own, so no key is ever used twice. */
	static String outboxKey(Reply reply) {
		return DeliveryTracking.KEY_PREFIX + reply.approvalId();
	}

	/**
	 * A public thread is answered in public under its first comment, or privately to the latest comment's author;
	 * a private correspondence only privately.
	 */
	private static OutboundAction actionFor(Conversation conversation, Visibility visibility) {
		if (conversation.kind() == Visibility.PRIVATE) {
			if (visibility == Visibility.PUBLIC) {
				throw new InvalidInputException("visibility", "A private conversation can only be answered privately");
			}
			return OutboundAction.MESSAGE;
		}
		return visibility == Visibility.PUBLIC ? OutboundAction.REPLY : OutboundAction.REPLY_PRIVATELY;
	}

	private void changed(long conversationId, Long replyId) {
		Conversation conversation = conversations.get(conversationId);
		events.publishEvent(new ConversationChanged(conversationId, conversation.teamId(), conversation.status(), replyId));
	}

}
