package no.samtale.inbox.internal;

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

	private final ApplicationEventPublisher events;

	ConversationWork(InboxAccess access, ConversationStore conversations, ConversationLog log, ReplyStore replies,
			Teams teams, ApplicationEventPublisher events) {
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
		log.audit(id, user.id(), "ASSIGNED", assigneeId == null ? "Unassigned" : "To user " + assigneeId);
		events.publishEvent(new ConversationAssigned(id, conversation.teamId(), assigneeId, user.id()));
		changed(id);
	}

	@Transactional
	void status(long id, CurrentUser user, ConversationStatus status) {
		Conversation conversation = conversations.lock(access.workable(id, user).id());
		switch (status) {
			case CLOSED -> {
				if (replies.anyAwaitingApproval(id)) {
					throw new RuleViolationException("reply-awaiting-approval", "status",
							"A reply still waits for approval; approve or send it back first");
				}
			}
			case IN_PROGRESS, NEW -> {
				if (replies.anyAwaitingApproval(id)) {
					throw new RuleViolationException("reply-awaiting-approval", "status",
							"A reply waits for approval; the status follows it");
				}
			}
			default -> throw new InvalidInputException("status", "Set NEW, IN_PROGRESS or CLOSED; the others follow the replies");
		}
		ConversationStatus next = conversation.status() == ConversationStatus.CLOSED && status == ConversationStatus.NEW
				? ConversationStatus.IN_PROGRESS : status;
		conversations.status(id, next);
		log.audit(id, user.id(), "STATUS_CHANGED", conversation.status() + " → " + next);
		changed(id);
	}

	@Transactional
	void labels(long id, CurrentUser user, List<String> labels) {
		access.workable(id, user);
		List<String> distinct = labels.stream().map(String::strip).distinct().sorted().toList();
		conversations.setLabels(id, distinct);
		log.audit(id, user.id(), "LABELS_CHANGED", String.join(", ", distinct));
		changed(id);
	}

	@Transactional
	long note(long id, CurrentUser user, String body) {
		access.workable(id, user);
		long noteId = log.note(id, user.id(), body);
		log.audit(id, user.id(), "NOTE_ADDED", "Note " + noteId);
		changed(id);
		return noteId;
	}

	private void changed(long id) {
		Conversation conversation = conversations.get(id);
		events.publishEvent(new ConversationChanged(id, conversation.teamId(), conversation.status(), null));
	}

}
