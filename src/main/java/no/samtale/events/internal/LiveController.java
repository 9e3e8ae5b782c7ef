package no.samtale.events.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.events.internal.LiveRequests.LiveArchiveRequest;
import no.samtale.events.internal.LiveRequests.LiveAnswer;
import no.samtale.events.internal.LiveRequests.LiveCancellationRequest;
import no.samtale.events.internal.LiveRequests.LiveDecline;
import no.samtale.events.internal.LiveRequests.LiveMerge;
import no.samtale.events.internal.LiveRequests.NewLiveEvent;
import no.samtale.events.internal.LiveRequests.NewQuestion;
import no.samtale.events.internal.LiveRequests.LiveQueueOrder;
import no.samtale.events.internal.LiveRequests.LiveQuestionOwner;
import no.samtale.events.internal.LiveRequests.LiveReschedule;
import no.samtale.events.internal.LiveViews.LiveArchived;
import no.samtale.events.internal.LiveViews.EventsCreated;
import no.samtale.events.internal.LiveViews.LiveEventView;
import no.samtale.events.internal.LiveViews.LiveList;
import no.samtale.events.internal.LiveViews.MyLiveQuestion;
import no.samtale.events.internal.LiveViews.OwnedQuestion;
import no.samtale.events.internal.LiveViews.QueueQuestion;
import no.samtale.events.internal.LiveViews.LiveQuestionState;
import no.samtale.events.internal.LiveViews.LiveQuestionStatus;
import no.samtale.events.internal.LiveViews.LiveVoteCount;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;

/** Nettprat: the events, asking, moderating, voting, answering, and the live stream. */
@RestController
class LiveController {

	private final LiveEvents events;

	private final LiveQuestions questions;

	private final LiveQueue queue;

	private final LiveModeration moderation;

	private final LiveAnswers answers;

	private final LiveStream stream;

	private final LiveArchive archive;

	private final LiveAnnouncements announcements;

	private final LiveCancellation cancellation;

	LiveController(LiveEvents events, LiveQuestions questions, LiveQueue queue, LiveModeration moderation,
			LiveAnswers answers, LiveStream stream, LiveArchive archive, LiveAnnouncements announcements,
			LiveCancellation cancellation) {
		this.cancellation = cancellation;
		this.announcements = announcements;
		this.events = events;
		this.questions = questions;
		this.queue = queue;
		this.moderation = moderation;
		this.answers = answers;
		this.stream = stream;
		this.archive = archive;
	}

	/** The caller's unanswered questions to answer in writing, across nettprats. */
	@GetMapping("/api/v1/events/live/owned")
	List<OwnedQuestion> owned(CurrentUser user) {
		return archive.owned(user);
	}

	/** A moderator gives an unanswered question an owner and a due date; the owner answers it in writing. */
	@PutMapping("/api/v1/events/live/{id}/questions/{questionId}/owner")
	ResponseEntity<Void> owner(@PathVariable long id, @PathVariable long questionId,
			@Valid @RequestBody LiveQuestionOwner request, CurrentUser user) {
		archive.assignOwner(id, questionId, request.ownerId(), request.dueOn(), user);
		return ResponseEntity.noContent().build();
	}

	/** Archives an ended nettprat as a forum discussion in the given space; unanswered questions get owners. */
	@PostMapping("/api/v1/events/live/{id}/archive")
	LiveArchived archive(@PathVariable long id, @Valid @RequestBody LiveArchiveRequest request, CurrentUser user) {
		return new LiveArchived(archive.archive(id, request.spaceId(), user));
	}

	@GetMapping("/api/v1/events/live")
	LiveList list(CurrentUser user) {
		return new LiveList(events.list());
	}

	@PostMapping("/api/v1/events/live")
	ResponseEntity<EventsCreated> create(@Valid @RequestBody NewLiveEvent request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new EventsCreated(announcements.schedule(request, user)));
	}

	/** A new time, before the nettprat ends; its forum announcement gets a post with the new time. */
	@PutMapping("/api/v1/events/live/{id}/schedule")
	ResponseEntity<Void> reschedule(@PathVariable long id, @Valid @RequestBody LiveReschedule request, CurrentUser user) {
		announcements.reschedule(id, request.startsAt(), request.endsAt(), user);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Calls the nettprat off before it starts, by its leaders and moderators (as for moving it), with a reason shown
	 * on its page, in its announcement and to everyone told: its people and everyone who sent a question.
	 */
	@PostMapping("/api/v1/events/live/{id}/cancellation")
	ResponseEntity<Void> cancel(@PathVariable long id, @Valid @RequestBody LiveCancellationRequest request,
			CurrentUser user) {
		cancellation.cancel(id, request.reason(), user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/events/live/{id}")
	LiveEventView show(@PathVariable long id, CurrentUser user) {
		return events.show(id, user);
	}

	@PostMapping("/api/v1/events/live/{id}/questions")
	ResponseEntity<LiveQuestionState> ask(@PathVariable long id, @Valid @RequestBody NewQuestion request, CurrentUser user) {
		long question = questions.ask(id, request.text(), Boolean.TRUE.equals(request.anonymous()), user);
		return ResponseEntity.status(HttpStatus.CREATED).body(new LiveQuestionState(question, LiveQuestionStatus.PENDING));
	}

	/** The caller's own questions in every state, anonymous ones included. */
	@GetMapping("/api/v1/events/live/{id}/questions/mine")
	List<MyLiveQuestion> mine(@PathVariable long id, CurrentUser user) {
		return questions.mine(id, user);
	}

	/** The moderators' queue (pending and approved, in order); leaders and helpers may read it too. */
	@GetMapping("/api/v1/events/live/{id}/questions/queue")
	List<QueueQuestion> queue(@PathVariable long id, CurrentUser user) {
		return queue.queue(id, user);
	}

	@PutMapping("/api/v1/events/live/{id}/questions/order")
	ResponseEntity<Void> order(@PathVariable long id, @Valid @RequestBody LiveQueueOrder request, CurrentUser user) {
		queue.order(id, request.questionIds(), user);
		return ResponseEntity.noContent().build();
	}

	/** The leader's "next three": the first approved questions in the queue's order. */
	@GetMapping("/api/v1/events/live/{id}/questions/next")
	List<QueueQuestion> next(@PathVariable long id, CurrentUser user) {
		return queue.next(id, user);
	}

	@GetMapping("/api/v1/events/live/{id}/questions/{questionId}/similar")
	List<QueueQuestion> similar(@PathVariable long id, @PathVariable long questionId, CurrentUser user) {
		return queue.similar(id, questionId, user);
	}

	@PostMapping("/api/v1/events/live/{id}/questions/{questionId}/approve")
	LiveQuestionState approve(@PathVariable long id, @PathVariable long questionId, CurrentUser user) {
		moderation.approve(id, questionId, user);
		return new LiveQuestionState(questionId, LiveQuestionStatus.APPROVED);
	}

	@PostMapping("/api/v1/events/live/{id}/questions/{questionId}/decline")
	LiveQuestionState decline(@PathVariable long id, @PathVariable long questionId, @Valid @RequestBody LiveDecline request,
			CurrentUser user) {
		moderation.decline(id, questionId, request.reason(), user);
		return new LiveQuestionState(questionId, LiveQuestionStatus.DECLINED);
	}

	@PostMapping("/api/v1/events/live/{id}/questions/{questionId}/merge")
	LiveQuestionState merge(@PathVariable long id, @PathVariable long questionId, @Valid @RequestBody LiveMerge request,
			CurrentUser user) {
		moderation.merge(id, questionId, request.intoId(), user);
		return new LiveQuestionState(questionId, LiveQuestionStatus.MERGED);
	}

	@PostMapping("/api/v1/events/live/{id}/questions/{questionId}/votes")
	ResponseEntity<LiveVoteCount> vote(@PathVariable long id, @PathVariable long questionId, CurrentUser user) {
		int votes = answers.vote(id, questionId, user);
		return ResponseEntity.status(HttpStatus.CREATED).body(new LiveVoteCount(questionId, votes));
	}

	@PostMapping("/api/v1/events/live/{id}/questions/{questionId}/answer")
	LiveQuestionState answer(@PathVariable long id, @PathVariable long questionId, @Valid @RequestBody LiveAnswer request,
			CurrentUser user) {
		answers.answer(id, questionId, request.body(), user);
		return new LiveQuestionState(questionId, LiveQuestionStatus.ANSWERED);
	}

	/**
	 * {@code change} events (id = the change's number) for every approved question, vote count, answer, merge and
	 * removal. A reconnecting page sends {@code Last-Event-ID}; a page that has just loaded the event passes its
	 * {@code lastChangeId} as {@code after}: either way it is first sent what it missed.
	 */
	@GetMapping(path = "/api/v1/events/live/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Transactional(readOnly = true)
	SseEmitter stream(@PathVariable long id, @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			@RequestParam(required = false) @Nullable Long after, CurrentUser user) {
		events.get(id);
		Long from = after;
		if (lastEventId != null && !lastEventId.isBlank()) {
			try {
				from = Long.parseLong(lastEventId.strip());
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("Last-Event-ID", "Last-Event-ID is the number of a change.");
			}
		}
		return stream.open(id, from);
	}

}
