package no.samtale.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.dialogue.DiscussionDeleted;
import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessagePosted;
import no.samtale.dialogue.Messages;
import no.samtale.forum.AnswerVerified;
import no.samtale.forum.EscalationAnswered;
import no.samtale.forum.EscalationRaised;
import no.samtale.forum.ForumExperts;
import no.samtale.identity.Users;

/**
 * Tells people about the forum: experts of a new question in their topic, followers of a new post, the asker of a
 * quality-assured answer, a department of a question of principle and the moderator and asker of its answer.
 */
@Component
class ForumNotifier {

	private final Discussions discussions;

	private final Messages messages;

	private final ForumExperts experts;

	private final Users users;

	private final NotificationStore store;

	ForumNotifier(Discussions discussions, Messages messages, ForumExperts experts, Users users,
			NotificationStore store) {
		this.discussions = discussions;
		this.messages = messages;
		this.experts = experts;
		this.users = users;
		this.store = store;
	}

	/** A discussion's opening post is its question (for the topic's experts); any later post is news to followers. */
	@ApplicationModuleListener
	void on(MessagePosted posted) {
		if (posted.kind() != MessageKind.POST) {
			return;
		}
		Optional<DiscussionRecord> found = discussions.find(posted.discussionId());
		if (found.isEmpty()) {
			return;
		}
		DiscussionRecord discussion = found.get();
		String key = messageKey(posted.messageId());
		if (opens(discussion, posted)) {
			if (discussion.question()) {
				store.deliver(Recipients.everyoneButTheActor(experts.expertsOf(discussion.spaceId()), posted.authorId()),
						NewNotification.aboutDiscussion(NotificationKind.NEW_QUESTION, key, discussion.title(),
								discussion.id(), Instant.now()));
			}
			return;
		}
		store.deliver(Recipients.everyoneButTheActor(discussions.followers(discussion.id()), posted.authorId()),
				NewNotification.aboutDiscussion(NotificationKind.NEW_MESSAGE, key, discussion.title(), discussion.id(),
						Instant.now()));
	}

	@ApplicationModuleListener
	void on(AnswerVerified verified) {
		discussions.find(verified.discussionId())
			.ifPresent(discussion -> store.deliver(
					Recipients.everyoneButTheActor(List.of(discussion.authorId()), verified.verifiedBy()),
					NewNotification.aboutDiscussion(NotificationKind.ANSWER_VERIFIED,
							"AnswerVerified:" + verified.messageId() + ":" + verified.at().toEpochMilli(),
							discussion.title(), discussion.id(), verified.at())));
	}

	@ApplicationModuleListener
	void on(EscalationRaised raised) {
		discussions.find(raised.discussionId())
			.ifPresent(discussion -> store.deliver(
					Recipients.everyoneButTheActor(users.idsInUnit(raised.departmentId()), raised.raisedBy()),
					NewNotification.aboutDiscussion(NotificationKind.ESCALATION_RAISED,
							"EscalationRaised:" + raised.escalationId(), discussion.title(), discussion.id(), raised.at())));
	}

	/**
	 * The answer is also a new post in the discussion: both are one event, keyed by that post, so the moderator and
	 * the asker get one notification, of the weightier kind, whichever listener ran first.
	 */
	@ApplicationModuleListener
	void on(EscalationAnswered answered) {
		discussions.find(answered.discussionId()).ifPresent(discussion -> {
			String key = messageKey(answered.messageId());
			List<Long> told = Recipients.everyoneButTheActor(List.of(answered.raisedBy(), discussion.authorId()),
					answered.answeredBy());
			store.deliver(told, NewNotification.aboutDiscussion(NotificationKind.ESCALATION_ANSWERED, key,
					discussion.title(), discussion.id(), answered.at()));
			told.forEach(person -> store.promote(person, key, NotificationKind.NEW_MESSAGE,
					NotificationKind.ESCALATION_ANSWERED));
		});
	}

	@ApplicationModuleListener
	void on(DiscussionDeleted deleted) {
		store.forgetDiscussion(deleted.discussionId());
	}

	private boolean opens(DiscussionRecord discussion, MessagePosted posted) {
		return posted.authorId() == discussion.authorId()
				&& messages.opensItsDiscussion(posted.messageId(), discussion.id());
	}

	private static String messageKey(long messageId) {
		return "MessagePosted:" + messageId;
	}

}
