package no.samtale.notifications.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.inbox.ConversationAssigned;
import no.samtale.inbox.ExpertAnswerReady;
import no.samtale.inbox.ReplyApproved;
import no.samtale.inbox.ReplyEditProposed;
import no.samtale.inbox.ReplySentBack;
import no.samtale.inbox.ReplySubmitted;
import no.samtale.inbox.ResponseDueSoon;
import no.samtale.teams.Duty;
import no.samtale.teams.ShiftUnderstaffed;
import no.samtale.teams.Teams;

/**
 * Tells advisors about the inbox: a reply waiting for them to check it, their own reply sent back, edited or
 * approved, a conversation given to them, and one of their team's close to its response target, and
 * (to a team's leads) a shift of the duty roster with fewer than two people. Inbox notifications carry no text: a conversation's subject is the
 * citizen's words, which stay in the inbox behind its own access rules and masking.
 */
@Component
class InboxNotifier {

	private final Teams teams;

	private final Duty duty;

	private final NotificationStore store;

	InboxNotifier(Teams teams, Duty duty, NotificationStore store) {
		this.teams = teams;
		this.duty = duty;
		this.store = store;
	}

	@ApplicationModuleListener
	void on(ReplySubmitted submitted) {
		teams.find(submitted.teamId())
			.ifPresent(team -> tell(Recipients.whoMayApproveAReplyOf(team, submitted.authorId(),
					duty.onDuty(team.id(), submitted.at())),
					NotificationKind.REPLY_AWAITS_APPROVAL, "ReplySubmitted", submitted.conversationId(),
					submitted.replyId(), submitted.at()));
	}

	@ApplicationModuleListener
	void on(ReplySentBack sentBack) {
		tell(Recipients.everyoneButTheActor(List.of(sentBack.authorId()), sentBack.approverId()),
				NotificationKind.REPLY_SENT_BACK, "ReplySentBack", sentBack.conversationId(), sentBack.replyId(),
				sentBack.at());
	}

	@ApplicationModuleListener
	void on(ReplyEditProposed proposed) {
		tell(Recipients.everyoneButTheActor(List.of(proposed.authorId()), proposed.editorId()),
				NotificationKind.REPLY_EDIT_PROPOSED, "ReplyEditProposed", proposed.conversationId(), proposed.replyId(),
				proposed.at());
	}

	@ApplicationModuleListener
	void on(ReplyApproved approved) {
		tell(Recipients.everyoneButTheActor(List.of(approved.authorId()), approved.approverId()),
				NotificationKind.REPLY_APPROVED, "ReplyApproved", approved.conversationId(), approved.replyId(),
				approved.at());
	}

	@ApplicationModuleListener
	void on(ConversationAssigned assigned) {
		if (assigned.assigneeId() == null) {
			return;
		}
		tell(Recipients.everyoneButTheActor(List.of(assigned.assigneeId()), assigned.assignedBy()),
				NotificationKind.CONVERSATION_ASSIGNED, "ConversationAssigned", assigned.conversationId(), null,
				assigned.at());
	}

	@ApplicationModuleListener
	void on(ResponseDueSoon due) {
		teams.find(due.teamId())
			.ifPresent(team -> store.deliver(Recipients.whoHearsOfAResponseDueSoon(team),
					NewNotification.aboutConversation(NotificationKind.RESPONSE_DUE_SOON,
							"ResponseDueSoon:" + due.conversationId() + ":" + due.waitingSince().toEpochMilli(),
							due.conversationId(), null, Instant.now())));
	}

	/** The advisor who took the question to the experts hears that the verified answer waits in the conversation. */
	@ApplicationModuleListener
	void on(ExpertAnswerReady ready) {
		store.deliver(List.of(ready.askedBy()),
				NewNotification.aboutConversation(NotificationKind.EXPERT_ANSWER_READY,
						"ExpertAnswerReady:" + ready.discussionId() + ":" + ready.at().toEpochMilli(),
						ready.conversationId(), null, ready.at()));
	}

	/** The team's leads hear of a shift with fewer than two people, so that they can find a partner. */
	@ApplicationModuleListener
	void on(ShiftUnderstaffed thin) {
		teams.find(thin.teamId())
			.ifPresent(team -> store.deliver(Recipients.everyoneButTheActor(thin.leadIds(), 0),
					NewNotification.aboutTeam(NotificationKind.SHIFT_UNDERSTAFFED,
							"ShiftUnderstaffed:" + thin.shiftId() + ":" + thin.at().toEpochMilli(), team.name(),
							thin.at())));
	}

	/** The event's name, its subject and its time make the key: the same reply may be sent back twice. */
	private void tell(Collection<Long> recipients, NotificationKind kind, String event, long conversationId,
			Long replyId, Instant at) {
		String key = event + ":" + (replyId == null ? conversationId : replyId) + ":" + at.toEpochMilli();
		store.deliver(recipients, NewNotification.aboutConversation(kind, key, conversationId, replyId, at));
	}

}
