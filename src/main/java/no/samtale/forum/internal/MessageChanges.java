package no.samtale.forum.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessageRecord;
import no.samtale.dialogue.Messages;
import no.samtale.dialogue.ReactionKind;
import no.samtale.dialogue.RevisionRecord;
import no.samtale.forum.internal.ForumViews.MessageView;
import no.samtale.forum.internal.ForumViews.ReportView;
import no.samtale.forum.internal.ForumViews.Revision;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.NotFoundException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * The use cases of one message, each one transaction: editing one's own, its history, removal by a moderator (with
 * the audit trail), reactions and reports.
 */
@Service
class MessageChanges {

	private final ForumAccess access;

	private final ForumReading reading;

	private final Discussions discussions;

	private final Messages messages;

	private final Reports reports;

	private final ForumAudit audit;

	private final PersonalDataPolicy privacy;

	MessageChanges(ForumAccess access, ForumReading reading, Discussions discussions, Messages messages,
			Reports reports, ForumAudit audit, PersonalDataPolicy privacy) {
		this.access = access;
		this.reading = reading;
		this.discussions = discussions;
		this.messages = messages;
		this.reports = reports;
		this.audit = audit;
		this.privacy = privacy;
	}

	/** A message the caller may read: a back-office note only for the space's staff, as if it did not exist. */
	private record Context(MessageRecord message, DiscussionRecord discussion, Access access) {
	}

	private Context readable(long messageId, CurrentUser user) {
		MessageRecord message = messages.get(messageId, user.id());
		DiscussionRecord discussion = discussions.get(message.discussionId());
		Access caller = access.toRead(discussion.spaceId(), user);
		if (message.kind() == MessageKind.NOTE && !caller.canSeeBackOffice()) {
			throw new NotFoundException("Message", messageId);
		}
		return new Context(message, discussion, caller);
	}

	@Transactional
	MessageView edit(long id, String body, CurrentUser user) {
		Context context = readable(id, user);
		if (context.message().authorId() != user.id()) {
			throw new ForbiddenException("Only the author may edit a message");
		}
		privacy.refuseIdentityNumbers("body", body);
		messages.edit(id, user.id(), body);
		return reading.message(messages.get(id, user.id()), context.access().space(), user);
	}

	@Transactional(readOnly = true)
	List<Revision> revisions(long id, CurrentUser user) {
		Context context = readable(id, user);
		if (context.message().authorId() != user.id() && !context.access().canModerate()) {
			throw new ForbiddenException("Only the author and the moderators see earlier wordings");
		}
		List<RevisionRecord> revisions = messages.revisions(id);
		Map<Long, Person> people = reading.people(revisions.stream().map(RevisionRecord::editedBy).toList());
		return revisions.stream()
			.map(r -> new Revision(r.body(), r.editedAt(), ForumReading.person(people, r.editedBy())))
			.toList();
	}

	@Transactional
	MessageView remove(long id, String reason, CurrentUser user) {
		Context context = readable(id, user);
		if (!context.access().canModerate()) {
			throw new ForbiddenException("Only the space's moderator may remove a message");
		}
		messages.remove(id, user.id(), reason);
		audit.record(context.discussion().spaceId(), user.id(), ForumAuditAction.REMOVE_MESSAGE, ForumAuditTarget.message(id), reason);
		return reading.message(messages.get(id, user.id()), context.access().space(), user);
	}

	@Transactional
	MessageView react(long id, ReactionKind kind, boolean on, CurrentUser user) {
		Context context = readable(id, user);
		messages.react(id, user.id(), kind, on);
		return reading.message(messages.get(id, user.id()), context.access().space(), user);
	}

	@Transactional
	ReportView report(long id, String reason, CurrentUser user) {
		Context context = readable(id, user);
		long reportId = reports.report(context.discussion().spaceId(), context.discussion().id(), id, user.id(),
				reason);
		return reading.report(reports.get(reportId), user);
	}

}
