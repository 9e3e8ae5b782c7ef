package no.samtale.forum.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.DiscussionStatus;
import no.samtale.dialogue.DiscussionViews;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.Messages;
import no.samtale.forum.internal.ForumRequests.NewDiscussion;
import no.samtale.forum.internal.ForumRequests.NewEscalation;
import no.samtale.forum.internal.ForumRequests.NewMessage;
import no.samtale.forum.internal.ForumViews.DiscussionSummary;
import no.samtale.forum.internal.ForumViews.DiscussionView;
import no.samtale.forum.internal.ForumViews.EscalationView;
import no.samtale.forum.internal.ForumViews.MessageView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * The use cases of a discussion in a topic or group, each one transaction: listing, asking, reading, replying,
 * following, the back office's notes, and lifting a question to a department. Who may do what is decided here
 * (with {@link ForumAccess}) before the dialogue core is called.
 */
@Service
class ForumDiscussions {

	private final ForumAccess access;

	private final ForumReading reading;

	private final Discussions discussions;

	private final DiscussionViews views;

	private final Messages messages;

	private final Escalations escalations;

	private final PersonalDataPolicy privacy;

	ForumDiscussions(ForumAccess access, ForumReading reading, Discussions discussions, DiscussionViews views,
			Messages messages, Escalations escalations, PersonalDataPolicy privacy) {
		this.access = access;
		this.reading = reading;
		this.discussions = discussions;
		this.views = views;
		this.messages = messages;
		this.escalations = escalations;
		this.privacy = privacy;
	}

	@Transactional(readOnly = true)
	PageResponse<DiscussionSummary> list(long spaceId, DiscussionStatus status, Boolean question, PageQuery page,
			CurrentUser user) {
		access.toRead(spaceId, user);
		return reading.discussions(discussions.inSpace(spaceId, status, question, page));
	}

	/** A new discussion (a question unless said otherwise); its author follows it. */
	@Transactional
	DiscussionView ask(long spaceId, NewDiscussion request, CurrentUser user) {
		Access caller = access.toPost(spaceId, user);
		privacy.refuseIdentityNumbers("title", request.title());
		privacy.refuseIdentityNumbers("body", request.body());
		long id = discussions.start(spaceId, user.id(), request.title(), request.body(),
				request.question() == null || request.question(), attachments(request.attachmentIds()), Instant.now());
		return reading.discussion(discussions.get(id), caller, user);
	}

	/**
	 * The discussion as its reader sees it; a reader's first view of the day is counted. No transaction around it:
	 * the view is counted in a short transaction of its own, which inside another would need a second pooled
	 * connection while holding the first (under load the pool runs dry that way), and the reads need none.
	 */
	DiscussionView show(long id, CurrentUser user) {
		Discussions.ForReader found = discussions.getForReader(id, user.id());
		DiscussionRecord discussion = found.discussion();
		Access caller = access.toRead(discussion.spaceId(), user);
		boolean counted = views.record(id, user.id());
		return reading.discussion(counted ? discussion.withOneMoreView() : discussion, caller, user,
				found.following());
	}

	/** A reply; whoever answers follows the discussion from then on, in the same transaction. */
	@Transactional
	MessageView reply(long id, NewMessage request, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = access.toPost(discussion.spaceId(), user);
		privacy.refuseIdentityNumbers("body", request.body());
		long messageId = messages.post(id, user.id(), MessageKind.POST, request.body(),
				attachments(request.attachmentIds()), Instant.now());
		discussions.follow(id, user.id());
		return reading.message(messages.get(messageId, user.id()), caller.space(), user);
	}

	@Transactional
	void follow(long id, CurrentUser user) {
		access.toRead(discussions.get(id).spaceId(), user);
		discussions.follow(id, user.id());
	}

	@Transactional
	void unfollow(long id, CurrentUser user) {
		access.toRead(discussions.get(id).spaceId(), user);
		discussions.unfollow(id, user.id());
	}

	@Transactional(readOnly = true)
	List<MessageView> backOffice(long id, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = backOfficeAccess(discussion, user);
		return reading.backOffice(discussion, caller.space(), user);
	}

	/** A note in the back office, seen only by the space's moderators and experts. */
	@Transactional
	MessageView note(long id, NewMessage request, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = backOfficeAccess(discussion, user);
		privacy.refuseIdentityNumbers("body", request.body());
		long noteId = messages.post(id, user.id(), MessageKind.NOTE, request.body(),
				attachments(request.attachmentIds()), Instant.now());
		return reading.message(messages.get(noteId, user.id()), caller.space(), user);
	}

	/** A question of principle lifted to a directorate department by the topic's moderator. */
	@Transactional
	EscalationView escalate(long id, NewEscalation request, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = access.toRead(discussion.spaceId(), user);
		if (!caller.canEscalate()) {
			throw new ForbiddenException("Only the topic's moderator lifts a question to the directorate");
		}
		privacy.refuseIdentityNumbers("summary", request.summary());
		long escalationId = escalations.raise(discussion, user, request.departmentId(), request.summary(),
				request.deadline(), Instant.now());
		return reading.escalation(escalations.get(escalationId));
	}

	private Access backOfficeAccess(DiscussionRecord discussion, CurrentUser user) {
		Access caller = access.toRead(discussion.spaceId(), user);
		if (!caller.canSeeBackOffice()) {
			throw new ForbiddenException("The back office is for the space's moderators and experts");
		}
		return caller;
	}

	private static List<Long> attachments(List<Long> ids) {
		return ids == null ? List.of() : ids;
	}

}
