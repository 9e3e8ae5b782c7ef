package no.samtale.events.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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

import no.samtale.events.internal.IdeaViews.IdeaEscalationRequest;
import no.samtale.events.internal.IdeaViews.IdeaLifted;
import no.samtale.events.internal.IdeaViews.IdeaList;
import no.samtale.events.internal.IdeaViews.IdeaMerge;
import no.samtale.events.internal.IdeaViews.IdeaView;
import no.samtale.events.internal.IdeaViews.IdeaVotes;
import no.samtale.events.internal.IdeaViews.NewIdea;
import no.samtale.events.internal.IdeaViews.NewIdeaComment;
import no.samtale.events.internal.IdeaViews.SimilarIdea;
import no.samtale.events.internal.IdeaViews.IdeaStatusChange;
import no.samtale.events.internal.LiveViews.EventsCreated;
import no.samtale.identity.CurrentUser;

/** The idea box: submitting, voting, comments, following, status with owner and reason, merging, duplicates while typing. */
@RestController
class IdeaController {

	private final Ideas ideas;

	private final IdeaVoting voting;

	private final IdeaDecisions decisions;

	private final IdeaRows rows;

	private final IdeaComments comments;

	private final IdeaFollowers followers;

	private final IdeaEscalations escalations;

	IdeaController(Ideas ideas, IdeaVoting voting, IdeaDecisions decisions, IdeaRows rows, IdeaComments comments,
			IdeaFollowers followers, IdeaEscalations escalations) {
		this.escalations = escalations;
		this.comments = comments;
		this.followers = followers;
		this.ideas = ideas;
		this.voting = voting;
		this.decisions = decisions;
		this.rows = rows;
	}

	/** The ideas of a space (default: "Hjelpemidler – idéer og innovasjon"), most votes first. */
	@GetMapping("/api/v1/ideas")
	IdeaList list(@RequestParam(required = false) @Nullable Long spaceId, CurrentUser user) {
		return ideas.list(spaceId, user);
	}

	@PostMapping("/api/v1/ideas")
	ResponseEntity<EventsCreated> submit(@Valid @RequestBody NewIdea request, CurrentUser user) {
		long id = ideas.submit(request.spaceId(), request.title(), request.body(), user);
		return ResponseEntity.status(HttpStatus.CREATED).body(new EventsCreated(id));
	}

	/** Ideas of the space like the text being typed (a JSON array, best first, at most five). */
	@GetMapping("/api/v1/ideas/similar")
	List<SimilarIdea> similar(@RequestParam(required = false) @Nullable Long spaceId,
			@RequestParam(required = false) @Nullable String q, CurrentUser user) {
		return ideas.similar(spaceId, q);
	}

	@GetMapping("/api/v1/ideas/{id}")
	IdeaView show(@PathVariable long id, CurrentUser user) {
		return ideas.show(id, user);
	}

	@PostMapping("/api/v1/ideas/{id}/votes")
	ResponseEntity<IdeaVotes> vote(@PathVariable long id, CurrentUser user) {
		int votes = voting.vote(id, user);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new IdeaVotes(id, votes, Ideas.OPEN_VOTES - rows.openVotes(user.id())));
	}

	@PostMapping("/api/v1/ideas/{id}/status")
	IdeaView changeStatus(@PathVariable long id, @Valid @RequestBody IdeaStatusChange request, CurrentUser user) {
		decisions.changeStatus(id, request.status(), request.ownerId(), request.reason(), user);
		return ideas.show(id, user);
	}

	@PostMapping("/api/v1/ideas/{id}/merge")
	IdeaView merge(@PathVariable long id, @Valid @RequestBody IdeaMerge request, CurrentUser user) {
		decisions.merge(id, request.intoId(), request.reason(), user);
		return ideas.show(id, user);
	}

	/**
	 * Lifts the idea to a directorate department as a forum escalation (the idea space's moderators): the forum
	 * starts a discussion with the idea and raises it; the idea then shows the escalation's state and answer.
	 */
	@PostMapping("/api/v1/ideas/{id}/escalations")
	ResponseEntity<IdeaLifted> escalate(@PathVariable long id, @Valid @RequestBody IdeaEscalationRequest request,
			CurrentUser user) {
		IdeaEscalations.Lifted lifted = escalations.lift(id, request.departmentId(), request.reason(), request.deadline(), user);
		return ResponseEntity.status(HttpStatus.CREATED).body(new IdeaLifted(lifted.escalationId(), lifted.discussionId()));
	}

	/** A comment by name; commenting follows the idea. */
	@PostMapping("/api/v1/ideas/{id}/comments")
	ResponseEntity<EventsCreated> comment(@PathVariable long id, @Valid @RequestBody NewIdeaComment request,
			CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new EventsCreated(comments.comment(id, request.body(), user)));
	}

	/** Follow an idea: be told of its status changes and of a merge. Following twice is following once. */
	@PutMapping("/api/v1/ideas/{id}/follow")
	ResponseEntity<Void> follow(@PathVariable long id, CurrentUser user) {
		followers.follow(id, user);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/ideas/{id}/follow")
	ResponseEntity<Void> unfollow(@PathVariable long id, CurrentUser user) {
		followers.unfollow(id, user);
		return ResponseEntity.noContent().build();
	}

}
