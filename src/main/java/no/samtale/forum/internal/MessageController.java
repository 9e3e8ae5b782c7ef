package no.samtale.forum.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessageRecord;
import no.samtale.dialogue.Messages;
import no.samtale.dialogue.ReactionKind;
import no.samtale.dialogue.RevisionRecord;
import no.samtale.forum.internal.ForumRequests.MessageChange;
import no.samtale.forum.internal.ForumRequests.Reason;
import no.samtale.forum.internal.ForumViews.MessageView;
import no.samtale.forum.internal.ForumViews.ReportView;
import no.samtale.forum.internal.ForumViews.Revision;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.privacy.PersonalDataPolicy;
import no.samtale.platform.ForbiddenException;

/** One message: editing one's own, its history, removal by a moderator, reactions and reports. */
@RestController
class MessageController {

	private final ForumAccess access;

	private final ForumReading reading;

	private final Discussions discussions;

	private final Messages messages;

	private final Reports reports;

	private final ForumAudit audit;

	private final ModerationController moderation;

	private final Users users;

	private final PersonalDataPolicy privacy;

	MessageController(ForumAccess access, ForumReading reading, Discussions discussions, Messages messages,
			Reports reports, ForumAudit audit, ModerationController moderation, Users users, PersonalDataPolicy privacy) {
		this.privacy = privacy;
		this.access = access;
		this.reading = reading;
		this.discussions = discussions;
		this.messages = messages;
		this.reports = reports;
		this.audit = audit;
		this.moderation = moderation;
		this.users = users;
	}

	/** A message the caller may read: a back-office note only for the space's staff, as if it did not exist. */
	private record Context(MessageRecord message, DiscussionRecord discussion, Access access) {
	}

	private Context readable(long messageId, CurrentUser user) {
		MessageRecord message = messages.get(messageId, user.id());
		DiscussionRecord discussion = discussions.get(message.discussionId());
		Access caller = access.toRead(discussion.spaceId(), user);
		if (message.kind() == MessageKind.NOTE && !caller.canSeeBackOffice()) {
			throw new no.samtale.platform.NotFoundException("Message", messageId);
		}
		return new Context(message, discussion, caller);
	}

	@PutMapping("/api/v1/messages/{id}")
	MessageView edit(@PathVariable long id, @Valid @RequestBody MessageChange request, CurrentUser user) {
		Context context = readable(id, user);
		if (context.message().authorId() != user.id()) {
			throw new ForbiddenException("Only the author may edit a message");
		}
		privacy.refuseIdentityNumbers("body", request.body());
		messages.edit(id, user.id(), request.body());
		return reading.message(messages.get(id, user.id()), context.access().space(), user);
	}

	@GetMapping("/api/v1/messages/{id}/revisions")
	List<Revision> revisions(@PathVariable long id, CurrentUser user) {
		Context context = readable(id, user);
		if (context.message().authorId() != user.id() && !context.access().canModerate()) {
			throw new ForbiddenException("Only the author and the moderators see earlier wordings");
		}
		List<RevisionRecord> revisions = messages.revisions(id);
		Map<Long, Person> people = users.people(revisions.stream().map(RevisionRecord::editedBy).toList());
		return revisions.stream()
			.map(r -> new Revision(r.body(), r.editedAt(), ForumReading.person(people, r.editedBy())))
			.toList();
	}

	@PostMapping("/api/v1/messages/{id}/removal")
	MessageView remove(@PathVariable long id, @Valid @RequestBody Reason request, CurrentUser user) {
		Context context = readable(id, user);
		if (!context.access().canModerate()) {
			throw new ForbiddenException("Only the space's moderator may remove a message");
		}
		messages.remove(id, user.id(), request.reason());
		audit.record(context.discussion().spaceId(), user.id(), "REMOVE_MESSAGE", "message " + id, request.reason());
		return reading.message(messages.get(id, user.id()), context.access().space(), user);
	}

	@PutMapping("/api/v1/messages/{id}/reactions/{kind}")
	MessageView react(@PathVariable long id, @PathVariable ReactionKind kind, CurrentUser user) {
		return reaction(id, kind, true, user);
	}

	@DeleteMapping("/api/v1/messages/{id}/reactions/{kind}")
	MessageView unreact(@PathVariable long id, @PathVariable ReactionKind kind, CurrentUser user) {
		return reaction(id, kind, false, user);
	}

	private MessageView reaction(long id, ReactionKind kind, boolean on, CurrentUser user) {
		Context context = readable(id, user);
		messages.react(id, user.id(), kind, on);
		return reading.message(messages.get(id, user.id()), context.access().space(), user);
	}

	@PostMapping("/api/v1/messages/{id}/reports")
	ResponseEntity<ReportView> report(@PathVariable long id, @Valid @RequestBody Reason request, CurrentUser user) {
		Context context = readable(id, user);
		long reportId = reports.report(context.discussion().spaceId(), context.discussion().id(), id, user.id(),
				request.reason());
		return ResponseEntity.status(HttpStatus.CREATED).body(moderation.view(reports.get(reportId), user));
	}

}
