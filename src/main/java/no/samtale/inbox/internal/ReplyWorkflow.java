package no.samtale.inbox.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.approval.Approvals;
import no.samtale.approval.FourEyes;
import no.samtale.approval.SubjectKind;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.Outbox;
import no.samtale.channels.Visibility;
import no.samtale.identity.CurrentUser;
import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.ReplySubmitted;
import no.samtale.platform.ConflictException;
import no.samtale.platform.RuleViolationException;

/**
 * A reply's way in: drafted by an advisor (or proposed by Samtale), then checked by another member of the team
 * ({@link ReplyReview}) unless the account exempts it, and retried when its delivery failed.
 */
@Service
class ReplyWorkflow {

	static final int MAX_BODY = 8000;

	/** The author id of replies Samtale proposes itself; no user has it. */
	static final long SYSTEM_AUTHOR = 0;

	private final InboxAccess access;

	private final ConversationStore conversations;

	private final ConversationAudit audit;

	private final ReplyStore replies;

	private final ReplyQueue queue;

	private final OutgoingText text;

	private final Approvals approvals;

	private final Accounts accounts;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Presence presence;

	ReplyWorkflow(InboxAccess access, ConversationStore conversations, ConversationAudit audit, ReplyStore replies,
			ReplyQueue queue, OutgoingText text, Approvals approvals, Accounts accounts, Outbox outbox,
			ApplicationEventPublisher events, Presence presence) {
		this.presence = presence;
		this.access = access;
		this.conversations = conversations;
		this.audit = audit;
		this.replies = replies;
		this.queue = queue;
		this.text = text;
		this.approvals = approvals;
		this.accounts = accounts;
		this.outbox = outbox;
		this.events = events;
	}

	@Transactional
	long draft(long conversationId, CurrentUser author, String body, Visibility visibility, boolean acknowledgeOthers) {
		Conversation conversation = conversations.lock(access.workable(conversationId, author).id());
		if (conversation.status() == ConversationStatus.CLOSED) {
			throw new RuleViolationException("conversation-closed", null, "The conversation is closed; reopen it first");
		}
		Account account = accounts.get(conversation.accountId());
		OutboundAction action = ReplyQueue.actionFor(conversation, visibility);
		// 409 capability-missing naming what the platform lacks (a YouTube comment has no private reply).
		accounts.requireCapability(account, action.needs());
		String wording = body.strip();
		text.check(visibility, wording);
		accounts.refusal(account, action, action == OutboundAction.REPLY ? conversation.threadKey() : null, wording)
			.ifPresent(refusal -> {
				throw new RuleViolationException("platform-refuses", refusal.field(), refusal.reason());
			});
		boolean othersWriting = presence.othersHere(conversation.id(), author.id(), Instant.now())
			.stream()
			.anyMatch(Presence.Here::writing);
		if (Presence.aSecondReplyNeedsConfirmation(othersWriting, presence.anotherReplyWaits(conversation.id(), author.id()),
				acknowledgeOthers)) {
			throw new RuleViolationException("others-on-conversation", "acknowledgeOthers",
					"Someone else is answering this conversation; send acknowledgeOthers: true to reply all the same");
		}
		boolean needsApproval = needsApproval(account, visibility);
		long approvalId = approvals.submit(SubjectKind.REPLY, conversation.teamId(), author.id(), wording, !needsApproval);
		long id = replies.insert(approvalId, conversation.id(), visibility,
				ReplyStatus.aNewReplyWaitsForAPartnerUnlessTheAccountExemptsIt(needsApproval), wording);
		if (conversation.assigneeId() == null) {
			conversations.assign(conversation.id(), author.id());
		}
		audit.record(conversation.id(), author.id(), AuditAction.REPLY_DRAFTED, AuditFacts.reply(id, visibility));
		if (needsApproval) {
			conversations.move(conversation,
					ConversationFlow.aReplyUnderReviewMakesTheConversationWait(conversation.status()));
			events.publishEvent(
					new ReplySubmitted(id, conversation.id(), conversation.teamId(), author.id(), Instant.now()));
		}
		else {
			Reply exempt = replies.get(id);
			queue.queue(conversation, exempt, exempt.status(), exempt.status(), wording, author.id());
			audit.record(conversation.id(), author.id(), AuditAction.REPLY_NEEDS_NO_APPROVAL, AuditFacts.reply(id));
		}
		queue.changed(conversation.id(), id);
		return id;
	}

	/** Whether a reply of this visibility on this account waits for a partner before it leaves. */
	static boolean needsApproval(Account account, Visibility visibility) {
		return FourEyes.everyPublicReplyIsCheckedAndPrivateOnesWhereTheAccountAsks(visibility == Visibility.PUBLIC,
				account.privateRepliesNeedApproval());
	}

	/**
	 * A reply Samtale drafts by itself (asking a citizen who shared an identity number to write privately). Its author
	 * is {@link #SYSTEM_AUTHOR}, so any advisor of the team may check and send it, or send it back unused.
	 */
	long propose(long conversationId, Visibility visibility, String body) {
		Conversation conversation = conversations.lock(conversationId);
		long approvalId = approvals.submit(SubjectKind.REPLY, conversation.teamId(), SYSTEM_AUTHOR, body, false);
		long id = replies.insert(approvalId, conversation.id(), visibility, ReplyStatus.AWAITING_APPROVAL, body);
		audit.record(conversation.id(), null, AuditAction.REPLY_PROPOSED, AuditFacts.reply(id, visibility));
		conversations.move(conversation, ConversationFlow.aReplyUnderReviewMakesTheConversationWait(conversation.status()));
		events.publishEvent(
				new ReplySubmitted(id, conversation.id(), conversation.teamId(), SYSTEM_AUTHOR, Instant.now()));
		queue.changed(conversation.id(), id);
		return id;
	}

	@Transactional
	void retry(long replyId, CurrentUser advisor) {
		Reply reply = replies.get(replyId);
		Conversation conversation = access.workable(reply.conversationId(), advisor);
		ReplyStatus next = reply.status()
			.onlyAFailedDeliveryIsRetried()
			.filter(retried -> reply.outboxId() != null)
			.orElseThrow(() -> new ConflictException("status", "Only a reply whose delivery failed can be retried"));
		ReplyQueue.moved(replies.move(replyId, reply.status(), next));
		outbox.retry(reply.outboxId());
		audit.record(conversation.id(), advisor.id(), AuditAction.REPLY_RETRIED, AuditFacts.reply(replyId));
		queue.changed(conversation.id(), replyId);
	}

}
