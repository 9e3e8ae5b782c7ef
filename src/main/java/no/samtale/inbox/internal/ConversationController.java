package no.samtale.inbox.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import no.samtale.approval.Approvals;
import no.samtale.approval.SubjectKind;
import no.samtale.channels.Visibility;
import no.samtale.identity.CurrentUser;
import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.PlatformPost;
import no.samtale.inbox.internal.InboxRequests.Assignee;
import no.samtale.inbox.internal.InboxRequests.Labels;
import no.samtale.inbox.internal.InboxRequests.NewNote;
import no.samtale.inbox.internal.InboxRequests.NewReply;
import no.samtale.inbox.internal.InboxRequests.StatusChange;
import no.samtale.inbox.internal.InboxViews.Detail;
import no.samtale.inbox.internal.ReplyViews.ReplyView;
import no.samtale.inbox.internal.InboxViews.Summary;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;
import no.samtale.privacy.AccessAction;
import no.samtale.privacy.AccessLog;

/** The inbox queues and a conversation's page: reading, assigning, status, labels, notes and drafting replies. */
@RestController
class ConversationController {

	/** The work queue: what still waits for the team. Answered and closed conversations are asked for by status. */
	private static final List<ConversationStatus> OPEN = List.of(ConversationStatus.NEW, ConversationStatus.IN_PROGRESS,
			ConversationStatus.AWAITING_APPROVAL);

	/** What an advisor opening a conversation from the inbox does, unless the client says otherwise. */
	static final String DEFAULT_PURPOSE = "Behandle henvendelsen i innboksen";

	private final InboxAccess access;

	private final ConversationStore conversations;

	private final ConversationWork work;

	private final ReplyWorkflow workflow;

	private final InboxViews views;

	private final Approvals approvals;

	private final InboxStream stream;

	private final ConversationLog log;

	private final AccessLog accessLog;

	private final ConversationQueue queue;

	private final ConversationLabels labels;

	private final ReplyViews replyViews;

	private final PostFilter postFilter;

	ConversationController(InboxAccess access, ConversationStore conversations, ConversationWork work,
			ReplyWorkflow workflow, InboxViews views, Approvals approvals, InboxStream stream, ConversationLog log,
			AccessLog accessLog, ConversationQueue queue, ConversationLabels labels,
			ReplyViews replyViews, PostFilter postFilter) {
		this.postFilter = postFilter;
		this.replyViews = replyViews;
		this.queue = queue;
		this.labels = labels;
		this.log = log;
		this.accessLog = accessLog;
		this.access = access;
		this.conversations = conversations;
		this.work = work;
		this.workflow = workflow;
		this.views = views;
		this.approvals = approvals;
		this.stream = stream;
	}

	@GetMapping("/api/v1/inbox/conversations")
	PageResponse<Summary> list(@RequestParam(required = false) List<ConversationStatus> status,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long accountId,
			@RequestParam(required = false) String assignee, @RequestParam(required = false) String label,
			@RequestParam(required = false) Visibility kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) Long post,
			@RequestParam(required = false) String context, CurrentUser user) {
		PlatformPost about = postFilter.about(post, context, accountId);
		if (about != null) {
			accountId = about.accountId() == 0 ? accountId : Long.valueOf(about.accountId());
		}
		List<Long> teams = access.teamsOf(user);
		if (teamId != null) {
			teams = teams.contains(teamId) ? List.of(teamId) : List.of();
		}
		if (teams.isEmpty() || about == PostFilter.NOTHING) {
			return PageResponse.of(List.of(), PageQuery.of(page, size), 0);
		}
		boolean unassigned = "none".equals(assignee);
		Long assigneeId = assignee == null || unassigned ? null : "me".equals(assignee) ? user.id() : parseId(assignee);
		if (q != null && q.length() > 200) {
			throw new InvalidInputException("q", "At most 200 characters");
		}
		if (sort != null && !sort.equals("oldest") && !sort.equals("newest")) {
			throw new InvalidInputException("sort", "Must be oldest or newest");
		}
		// A post's comments are shown whatever their state; the work queue is what still waits.
		List<ConversationStatus> statuses = status != null && !status.isEmpty() ? status
				: about != null ? List.of(ConversationStatus.values()) : OPEN;
		InboxFilter filter = new InboxFilter(teams, statuses, accountId, assigneeId, unassigned, kind, label,
				q == null || q.isBlank() ? null : q.strip(), "newest".equals(sort),
				about == null ? null : about.externalId());
		PageResponse<Conversation> found = queue.list(filter, PageQuery.of(page, size));
		return new PageResponse<>(views.summaries(found.items()), found.page(), found.size(), found.totalElements(),
				found.totalPages());
	}

	record Counts(Map<ConversationStatus, Long> byStatus, long awaitingMyApproval, long assignedToMe) {
	}

	@GetMapping("/api/v1/inbox/counts")
	Counts counts(CurrentUser user) {
		List<Long> teams = access.teamsOf(user);
		List<Long> mine = teams.stream().filter(team -> access.mayWork(user, team)).toList();
		return new Counts(queue.countsByStatus(teams), approvals.waitingFor(user.id(), mine, SubjectKind.REPLY),
				queue.assignedTo(user.id()));
	}

	@GetMapping("/api/v1/inbox/labels")
	List<String> labels(CurrentUser user) {
		return labels.inUse(access.teamsOf(user));
	}

	@GetMapping(path = "/api/v1/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(CurrentUser user) {
		return stream.open(user.id());
	}

	/** Every opening of a conversation is written to the access log: it holds what a citizen wrote. */
	@GetMapping("/api/v1/inbox/conversations/{id}")
	Detail show(@PathVariable long id, @RequestParam(required = false) String purpose, CurrentUser user) {
		if (purpose != null && purpose.length() > 500) {
			throw new InvalidInputException("purpose", "At most 500 characters");
		}
		Detail detail = views.detail(access.visible(id, user), user);
		accessLog.record(user, AccessAction.VIEW, "conversation", Long.toString(id),
				purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose.strip());
		return detail;
	}

	record Reveal(@NotBlank @Size(max = 500) String reason) {
	}

	record Revealed(long id, String body) {
	}

	/** Shows a message's text unmasked, to an advisor of the team, with a reason that goes into the access log. */
	@PostMapping("/api/v1/inbox/conversations/{id}/messages/{messageId}/reveal")
	Revealed reveal(@PathVariable long id, @PathVariable long messageId, @Valid @RequestBody Reveal request,
			CurrentUser user) {
		Conversation conversation = access.workable(id, user);
		InboxMessage message = log.message(conversation.id(), messageId);
		accessLog.record(user, AccessAction.REVEAL, "message", Long.toString(messageId), request.reason().strip());
		return new Revealed(message.id(), message.body());
	}

	@PostMapping("/api/v1/inbox/conversations/{id}/assignee")
	Detail assign(@PathVariable long id, @RequestBody Assignee request, CurrentUser user) {
		work.assign(id, user, request.userId());
		return views.detail(conversations.get(id), user);
	}

	@PostMapping("/api/v1/inbox/conversations/{id}/status")
	Detail status(@PathVariable long id, @Valid @RequestBody StatusChange request, CurrentUser user) {
		work.status(id, user, request.status());
		return views.detail(conversations.get(id), user);
	}

	@PutMapping("/api/v1/inbox/conversations/{id}/labels")
	Detail labels(@PathVariable long id, @Valid @RequestBody Labels request, CurrentUser user) {
		work.labels(id, user, request.labels());
		return views.detail(conversations.get(id), user);
	}

	@PostMapping("/api/v1/inbox/conversations/{id}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	InboxViews.NoteView note(@PathVariable long id, @Valid @RequestBody NewNote request, CurrentUser user) {
		long noteId = work.note(id, user, request.body().strip());
		return views.detail(conversations.get(id), user)
			.notes()
			.stream()
			.filter(note -> note.id() == noteId)
			.findFirst()
			.orElseThrow();
	}

	@PostMapping("/api/v1/inbox/conversations/{id}/replies")
	@ResponseStatus(HttpStatus.CREATED)
	ReplyView reply(@PathVariable long id, @Valid @RequestBody NewReply request, CurrentUser user) {
		long replyId = workflow.draft(id, user, request.body(), request.visibility(),
				Boolean.TRUE.equals(request.acknowledgeOthers()));
		return replyViews.reply(replyId, user);
	}

	private static Long parseId(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("assignee", "Must be me, none or a user id");
		}
	}

}
