package no.samtale.forum.internal;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.DiscussionStatus;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessageRecord;
import no.samtale.dialogue.Messages;
import no.samtale.forum.AnswerVerified;
import no.samtale.forum.internal.ForumRequests.NewDiscussion;
import no.samtale.forum.internal.ForumRequests.NewEscalation;
import no.samtale.forum.internal.ForumRequests.NewMessage;
import no.samtale.forum.internal.ForumRequests.VerifiedAnswer;
import no.samtale.forum.internal.ForumViews.DiscussionSummary;
import no.samtale.forum.internal.ForumViews.DiscussionView;
import no.samtale.forum.internal.ForumViews.EscalationView;
import no.samtale.forum.internal.ForumViews.MessageView;
import no.samtale.identity.CurrentUser;
import no.samtale.privacy.PersonalDataPolicy;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** Discussions in topics and groups: asking, answering, the verified answer, following, back office, escalation. */
@RestController
class DiscussionController {

	private final ForumAccess access;

	private final ForumReading reading;

	private final Discussions discussions;

	private final Messages messages;

	private final Escalations escalations;

	private final ForumEvents events;

	private final ForumAudit audit;

	private final PersonalDataPolicy privacy;

	DiscussionController(ForumAccess access, ForumReading reading, Discussions discussions, Messages messages,
			Escalations escalations, ForumEvents events, ForumAudit audit, PersonalDataPolicy privacy) {
		this.privacy = privacy;
		this.access = access;
		this.reading = reading;
		this.discussions = discussions;
		this.messages = messages;
		this.escalations = escalations;
		this.events = events;
		this.audit = audit;
	}

	@GetMapping("/api/v1/spaces/{spaceId}/discussions")
	PageResponse<DiscussionSummary> list(@PathVariable long spaceId,
			@RequestParam(required = false) DiscussionStatus status, @RequestParam(required = false) Boolean question,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, CurrentUser user) {
		access.toRead(spaceId, user);
		return reading.discussions(discussions.inSpace(spaceId, status, question, PageQuery.of(page, size)));
	}

	@PostMapping("/api/v1/spaces/{spaceId}/discussions")
	ResponseEntity<DiscussionView> ask(@PathVariable long spaceId, @Valid @RequestBody NewDiscussion request,
			CurrentUser user) {
		Access caller = access.toPost(spaceId, user);
		privacy.refuseIdentityNumbers("title", request.title());
		privacy.refuseIdentityNumbers("body", request.body());
		long id = discussions.start(spaceId, user.id(), request.title(), request.body(),
				request.question() == null || request.question(), attachments(request.attachmentIds()), Instant.now());
		return ResponseEntity.status(HttpStatus.CREATED).body(reading.discussion(discussions.get(id), caller, user));
	}

	@GetMapping("/api/v1/discussions/{id}")
	DiscussionView show(@PathVariable long id, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = access.toRead(discussion.spaceId(), user);
		boolean counted = discussions.recordView(id, user.id());
		return reading.discussion(counted ? discussion.withOneMoreView() : discussion, caller, user);
	}

	/** A reply; whoever answers follows the discussion from then on. */
	@PostMapping("/api/v1/discussions/{id}/messages")
	ResponseEntity<MessageView> reply(@PathVariable long id, @Valid @RequestBody NewMessage request, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = access.toPost(discussion.spaceId(), user);
		privacy.refuseIdentityNumbers("body", request.body());
		long messageId = messages.post(id, user.id(), MessageKind.POST, request.body(), attachments(request.attachmentIds()),
				Instant.now());
		discussions.follow(id, user.id());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(reading.message(messages.get(messageId, user.id()), caller.space(), user));
	}

	@PostMapping("/api/v1/discussions/{id}/verified-answer")
	DiscussionView verify(@PathVariable long id, @Valid @RequestBody VerifiedAnswer request, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = access.toRead(discussion.spaceId(), user);
		if (!caller.canVerify()) {
			throw new ForbiddenException("Only the topic's moderator may quality-assure an answer");
		}
		MessageRecord answer = messages.find(request.messageId(), user.id())
			.filter(m -> m.discussionId() == id)
			.orElseThrow(() -> new InvalidInputException("messageId", "That message is not in this discussion"));
		List<MessageRecord> thread = messages.inDiscussion(id, MessageKind.POST, user.id());
		boolean opening = !thread.isEmpty() && thread.get(0).id() == answer.id();
		ForumPolicies.whyAMessageCannotBeVerified(opening, answer.removed(), answer.kind() == MessageKind.POST)
			.ifPresent(why -> {
				throw new InvalidInputException("messageId", why);
			});
		discussions.verify(id, answer.id());
		audit.record(discussion.spaceId(), user.id(), "VERIFY_ANSWER", "message " + answer.id(), discussion.title());
		events.publish(new AnswerVerified(id, answer.id(), user.id(), Instant.now()));
		return reading.discussion(discussions.get(id), caller, user);
	}

	@DeleteMapping("/api/v1/discussions/{id}/verified-answer")
	DiscussionView unverify(@PathVariable long id, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = access.toRead(discussion.spaceId(), user);
		if (!caller.canVerify()) {
			throw new ForbiddenException("Only the topic's moderator may withdraw a quality-assured answer");
		}
		discussions.verify(id, null);
		audit.record(discussion.spaceId(), user.id(), "UNVERIFY_ANSWER", "discussion " + id, discussion.title());
		return reading.discussion(discussions.get(id), caller, user);
	}

	@PutMapping("/api/v1/discussions/{id}/following")
	ResponseEntity<Void> follow(@PathVariable long id, CurrentUser user) {
		access.toRead(discussions.get(id).spaceId(), user);
		discussions.follow(id, user.id());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/discussions/{id}/following")
	ResponseEntity<Void> unfollow(@PathVariable long id, CurrentUser user) {
		access.toRead(discussions.get(id).spaceId(), user);
		discussions.unfollow(id, user.id());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/discussions/{id}/back-office")
	List<MessageView> backOffice(@PathVariable long id, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = backOfficeAccess(discussion, user);
		return reading.backOffice(discussion, caller.space(), user);
	}

	@PostMapping("/api/v1/discussions/{id}/back-office")
	ResponseEntity<MessageView> note(@PathVariable long id, @Valid @RequestBody NewMessage request, CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = backOfficeAccess(discussion, user);
		privacy.refuseIdentityNumbers("body", request.body());
		long noteId = messages.post(id, user.id(), MessageKind.NOTE, request.body(), attachments(request.attachmentIds()),
				Instant.now());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(reading.message(messages.get(noteId, user.id()), caller.space(), user));
	}

	@PostMapping("/api/v1/discussions/{id}/escalations")
	ResponseEntity<EscalationView> escalate(@PathVariable long id, @Valid @RequestBody NewEscalation request,
			CurrentUser user) {
		DiscussionRecord discussion = discussions.get(id);
		Access caller = access.toRead(discussion.spaceId(), user);
		if (!caller.canEscalate()) {
			throw new ForbiddenException("Only the topic's moderator lifts a question to the directorate");
		}
		privacy.refuseIdentityNumbers("summary", request.summary());
		long escalationId = escalations.raise(discussion, user, request.departmentId(), request.summary(),
				request.deadline(), Instant.now());
		return ResponseEntity.status(HttpStatus.CREATED).body(reading.escalation(escalations.get(escalationId)));
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
