package no.samtale.forum.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.forum.internal.ForumQueries.DiscussionFilter;
import no.samtale.forum.internal.ForumRequests.NewDiscussion;
import no.samtale.forum.internal.ForumRequests.NewEscalation;
import no.samtale.forum.internal.ForumRequests.NewMessage;
import no.samtale.forum.internal.ForumRequests.VerifiedAnswer;
import no.samtale.forum.internal.ForumViews.DiscussionSummary;
import no.samtale.forum.internal.ForumViews.DiscussionView;
import no.samtale.forum.internal.ForumViews.EscalationView;
import no.samtale.forum.internal.ForumViews.MessageView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.PageResponse;

/** Discussions in topics and groups: asking, answering, the verified answer, following, back office, escalation. */
@RestController
class DiscussionController {

	private final ForumDiscussions forum;

	private final AnswerVerification verification;

	private final DiscussionStream live;

	DiscussionController(ForumDiscussions forum, AnswerVerification verification, DiscussionStream live) {
		this.forum = forum;
		this.verification = verification;
		this.live = live;
	}

	@GetMapping("/api/v1/spaces/{spaceId}/discussions")
	PageResponse<DiscussionSummary> list(@PathVariable long spaceId, @ParameterObject @Valid DiscussionFilter filter,
			CurrentUser user) {
		return forum.list(spaceId, filter.status(), filter.question(), filter.paging(), user);
	}

	@PostMapping("/api/v1/spaces/{spaceId}/discussions")
	ResponseEntity<DiscussionView> ask(@PathVariable long spaceId, @Valid @RequestBody NewDiscussion request,
			CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(forum.ask(spaceId, request, user));
	}

	@GetMapping("/api/v1/discussions/{id}")
	DiscussionView show(@PathVariable long id, CurrentUser user) {
		return forum.show(id, user);
	}

	/** What changes in the discussion's public thread from now on: {@code discussion} events of ids, never text. */
	@GetMapping(path = "/api/v1/discussions/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@PathVariable long id, CurrentUser user) {
		return live.open(id, user);
	}

	/** A reply; whoever answers follows the discussion from then on. */
	@PostMapping("/api/v1/discussions/{id}/messages")
	ResponseEntity<MessageView> reply(@PathVariable long id, @Valid @RequestBody NewMessage request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(forum.reply(id, request, user));
	}

	@PostMapping("/api/v1/discussions/{id}/verified-answer")
	DiscussionView verify(@PathVariable long id, @Valid @RequestBody VerifiedAnswer request, CurrentUser user) {
		return verification.verify(id, request.messageId(), user);
	}

	@DeleteMapping("/api/v1/discussions/{id}/verified-answer")
	DiscussionView unverify(@PathVariable long id, CurrentUser user) {
		return verification.unverify(id, user);
	}

	@PutMapping("/api/v1/discussions/{id}/following")
	ResponseEntity<Void> follow(@PathVariable long id, CurrentUser user) {
		forum.follow(id, user);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/discussions/{id}/following")
	ResponseEntity<Void> unfollow(@PathVariable long id, CurrentUser user) {
		forum.unfollow(id, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/discussions/{id}/back-office")
	List<MessageView> backOffice(@PathVariable long id, CurrentUser user) {
		return forum.backOffice(id, user);
	}

	@PostMapping("/api/v1/discussions/{id}/back-office")
	ResponseEntity<MessageView> note(@PathVariable long id, @Valid @RequestBody NewMessage request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(forum.note(id, request, user));
	}

	@PostMapping("/api/v1/discussions/{id}/escalations")
	ResponseEntity<EscalationView> escalate(@PathVariable long id, @Valid @RequestBody NewEscalation request,
			CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(forum.escalate(id, request, user));
	}

}
