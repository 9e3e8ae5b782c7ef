package no.samtale.inbox.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.teams.Teams;
import no.samtale.identity.CurrentUser;
import no.samtale.inbox.ConversationAssigned;
import no.samtale.inbox.ConversationChanged;
import no.samtale.inbox.ConversationStatus;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;

/** The advisor's handling of a conversation besides replying: assignment, status, labels, notes. */
@Service
class ConversationWork {

	private final InboxAccess access;

	private final ConversationStore conversations;

	private final ConversationLog log;

	private final ReplyStore replies;

	private final Teams teams;

	private final ConversationLabels labels;

	private final ConversationAudit audit;

	private final ApplicationEventPublisher events;

	ConversationWork(InboxAccess access, ConversationStore conversations, ConversationLog log, ReplyStore replies,
			Teams teams, ConversationLabels labels, ConversationAudit audit, ApplicationEventPublisher events) {
		this.labels = labels;
		this.audit = audit;
		this.access = access;
		this.conversations = conversations;
		this.log = log;
		this.replies = replies;
		this.teams = teams;
		this.events = events;
	}

	@Transactional
	void assign(long id, CurrentUser user, Long assigneeId) {
		Conversation conversation = conversations.lock(access.workable(id, user).id());
		if (assigneeId != null && !teams.isMember(conversation.teamId(), assigneeId)) {
			throw new InvalidInputException("userId", "Only an advisor of the team can be assigned");
		}
		conversations.assign(id, assigneeId);
		audit.record(id, user.id(), AuditAction.ASSIGNED, AuditFacts.user(assigneeId));
		events.publishEvent(new ConversationAssigned(id, conversation.teamId(), assigneeId, user.id(), Instant.now()));
		changed(id);
	}

	@Transactional
	void status(long id, CurrentUser user, ConversationStatus status) {
		Conversation conversation = conversations.lock(access.workable(id, user).id());
		ConversationFlow.anAdvisorSetsOnlyNewInProgressOrClosedAndNotWhileAReplyWaits(status,
				replies.anyAwaitingApproval(id))
			.ifPresent(refusal -> {
				throw switch (refusal) {
					case NOT_SET_BY_HAND -> new InvalidInputException("status",
							"Set NEW, IN_PROGRESS or CLOSED; the others follow the replies");
					case REPLY_AWAITING_APPROVAL -> new RuleViolationException("reply-awaiting-approval", "status",
							"A reply waits for approval; approve or send it back first");
				};
			});
		ConversationStatus next = ConversationFlow.aReopenedConversationIsWorkedOn(conversation.status(), status);
		conversations.move(conversation, next);
		audit.record(id, user.id(), AuditAction.STATUS_CHANGED, AuditFacts.status(conversation.status(), next));
		changed(id);
	}

	@Transactional
	void labels(long id, CurrentUser user, List<String> labels) {
		access.workable(id, user);
		List<String> distinct = labels.stream().map(String::strip).distinct().sorted().toList();
		this.labels.set(id, distinct);
		audit.record(id, user.id(), AuditAction.LABELS_CHANGED, AuditFacts.labels(distinct));
		changed(id);
	}

	@Transactional
	long note(long id, CurrentUser user, String body) {
		access.workable(id, user);
		long noteId = log.note(id, user.id(), body);
		audit.record(id, user.id(), AuditAction.NOTE_ADDED, AuditFacts.note(noteId));
		changed(id);
		return noteId;
	}

	private void changed(long id) {
		Conversation conversation = conversations.get(id);
		events.publishEvent(new ConversationChanged(id, conversation.teamId(), conversation.status(), null));
	}

}
