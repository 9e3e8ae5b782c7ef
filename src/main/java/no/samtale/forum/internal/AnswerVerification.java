package no.samtale.forum.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessageRecord;
import no.samtale.dialogue.Messages;
import no.samtale.forum.AnswerVerified;
import no.samtale.forum.internal.ForumViews.DiscussionView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;

/**
 * The topic moderator's quality-assured answer. Setting it checks the rule, changes the discussion, writes the
 * audit trail and announces it (the notifications module tells the followers) in one transaction, so none of them happens without the others.
 */
@Service
class AnswerVerification {

	private final ForumAccess access;

	private final ForumReading reading;

	private final Discussions discussions;

	private final Messages messages;

	private final ApplicationEventPublisher events;

	private final ForumAudit audit;

	AnswerVerification(ForumAccess access, ForumReading reading, Discussions discussions, Messages messages,
			ApplicationEventPublisher events, ForumAudit audit) {
		this.access = access;
		this.reading = reading;
		this.discussions = discussions;
		this.messages = messages;
		this.events = events;
		this.audit = audit;
	}

	@Transactional
	DiscussionView verify(long id, long messageId, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = access.toRead(discussion.spaceId(), user);
		if (!caller.canVerify()) {
			throw new ForbiddenException("Only the topic's moderator may quality-assure an answer");
		}
		MessageRecord answer = messages.find(messageId, user.id())
			.filter(m -> m.discussionId() == id)
			.orElseThrow(() -> new InvalidInputException("messageId", "That message is not in this discussion"));
		List<MessageRecord> thread = messages.inDiscussion(id, MessageKind.POST, user.id());
		boolean opening = !thread.isEmpty() && thread.get(0).id() == answer.id();
		ForumPolicies.whyAMessageCannotBeVerified(opening, answer.removed(), answer.kind() == MessageKind.POST)
			.ifPresent(why -> {
				throw new InvalidInputException("messageId", why);
			});
		discussions.verify(id, answer.id());
		audit.record(discussion.spaceId(), user.id(), ForumAuditAction.VERIFY_ANSWER, ForumAuditTarget.message(answer.id()), discussion.title());
		events.publishEvent(new AnswerVerified(id, answer.id(), user.id(), Instant.now()));
		return reading.discussion(discussions.get(id), caller, user);
	}

	@Transactional
	DiscussionView unverify(long id, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = access.toRead(discussion.spaceId(), user);
		if (!caller.canVerify()) {
			throw new ForbiddenException("Only the topic's moderator may withdraw a quality-assured answer");
		}
		discussions.verify(id, null);
		audit.record(discussion.spaceId(), user.id(), ForumAuditAction.UNVERIFY_ANSWER, ForumAuditTarget.discussion(id), discussion.title());
		return reading.discussion(discussions.get(id), caller, user);
	}

}
