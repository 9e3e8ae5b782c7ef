package no.samtale.inbox.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.stereotype.Component;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.ApprovalState;
import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Capability;
import no.samtale.channels.OutboxEntry;
import no.samtale.channels.Outbox;
import no.samtale.channels.Platform;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;
import no.samtale.channels.Visibility;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.inbox.ConversationStatus;
import no.samtale.privacy.PersonalDataPolicy;

/** The JSON shapes of the inbox API (see docs/inbox-api.md). */
@Component
class InboxViews {

	private final Accounts accounts;

	private final Teams teams;

	private final Users users;

	private final Approvals approvals;

	private final Outbox outbox;

	private final ConversationStore conversations;

	private final ConversationLog log;

	private final ReplyStore replies;

	private final InboxAccess access;

	private final PersonalDataPolicy privacy;

	InboxViews(Accounts accounts, Teams teams, Users users, Approvals approvals, Outbox outbox,
			ConversationStore conversations, ConversationLog log, ReplyStore replies, InboxAccess access,
			PersonalDataPolicy privacy) {
		this.privacy = privacy;
		this.accounts = accounts;
		this.teams = teams;
		this.users = users;
		this.approvals = approvals;
		this.outbox = outbox;
		this.conversations = conversations;
		this.log = log;
		this.replies = replies;
		this.access = access;
	}

	record AccountRef(long id, String name, Platform platform) {
	}

	record TeamRef(long id, String name) {
	}

	record Correspondent(String name, String externalId) {
	}

	record Sla(int responseTargetMinutes, Instant dueAt, boolean overdue, Long minutesToFirstResponse,
			long minutesOpen) {
	}

	record Summary(long id, AccountRef account, TeamRef team, Visibility kind, ConversationStatus status,
			String subject, Correspondent correspondent, Person assignee, List<String> labels, int messageCount,
			Instant openedAt, Instant waitingSince, Instant lastInboundAt, Instant lastActivityAt,
			Instant firstResponseAt, Instant closedAt, Sla sla, boolean personalData) {
	}

	record Context(String externalId, String text) {
	}

	/**
	 * {@code body} has personal data masked ({@code •}); {@code masked} lists what was found, and an advisor of the
	 * team can reveal the original with a reason. {@code hiddenOnPlatform}: Samtale hid the comment because of it.
	 */
	record MessageView(long id, String direction, Visibility visibility, String authorName, Person author, String body,
			Instant createdAt, String externalId, Long replyId, List<String> masked, boolean hiddenOnPlatform) {
	}

	record Delivery(int attempts, String lastError, Instant sentAt, Instant nextAttemptAt) {
	}

	record ReplyView(long id, long conversationId, Person author, String body, Visibility visibility,
			ReplyStatus status, Instant createdAt, Person approver, Instant decidedAt, String rejectionComment,
			boolean edited, Delivery delivery, boolean canApprove, boolean canEdit, boolean canRetry) {
	}

	record NoteView(long id, Person author, String body, Instant createdAt) {
	}

	record AuditView(long id, Person actor, String action, String detail, Instant at) {
	}

	record Permissions(boolean canReply, boolean canReplyPrivately, boolean canAssign, boolean canClose,
			boolean canReopen, boolean canReveal) {
	}

	record Detail(@JsonUnwrapped Summary summary, Context context, List<MessageView> messages, List<ReplyView> replies,
			List<NoteView> notes, List<AuditView> audit, Permissions permissions) {
	}

	/** A reply waiting for review; {@code id} is the reply's, {@code approvalId} its review's. */
	record ApprovalView(long id, long approvalId, String kind, long conversationId, String conversationSubject, AccountRef account,
			TeamRef team, Person author, String body, Visibility visibility, Instant submittedAt, boolean canApprove) {
	}

	List<Summary> summaries(List<Conversation> list) {
		Map<Long, Account> byAccount = accounts.all().stream().collect(Collectors.toMap(Account::id, Function.identity()));
		Map<Long, Team> byTeam = teams.all().stream().collect(Collectors.toMap(Team::id, Function.identity()));
		Map<Long, Person> people = users.people(
				list.stream().map(Conversation::assigneeId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, List<String>> labels = conversations.labels(list.stream().map(Conversation::id).toList());
		Instant now = Instant.now();
		return list.stream().map(conversation -> {
			Account account = byAccount.get(conversation.accountId());
			Team team = byTeam.get(conversation.teamId());
			return new Summary(conversation.id(), new AccountRef(account.id(), account.name(), account.platform()),
					new TeamRef(team.id(), team.name()), conversation.kind(), conversation.status(),
					privacy.masked(conversation.subject()),
					new Correspondent(conversation.correspondentName(), conversation.correspondentExternalId()),
					conversation.assigneeId() == null ? null : people.get(conversation.assigneeId()),
					labels.getOrDefault(conversation.id(), List.of()), conversation.messageCount(),
					conversation.openedAt(), conversation.waitingSince(), conversation.lastInboundAt(),
					conversation.lastActivityAt(), conversation.firstResponseAt(), conversation.closedAt(),
					sla(conversation, account, now), conversation.personalData());
		}).toList();
	}

	/** The clock runs from when the citizen started waiting, while the conversation still waits for us. */
	static Sla sla(Conversation conversation, Account account, Instant now) {
		boolean waiting = conversation.status() == ConversationStatus.NEW
				|| conversation.status() == ConversationStatus.IN_PROGRESS
				|| conversation.status() == ConversationStatus.AWAITING_APPROVAL;
		Instant due = waiting ? conversation.waitingSince().plus(Duration.ofMinutes(account.responseTargetMinutes())) : null;
		Long toFirst = conversation.firstResponseAt() == null ? null
				: Duration.between(conversation.openedAt(), conversation.firstResponseAt()).toMinutes();
		Instant end = conversation.closedAt() == null ? now : conversation.closedAt();
		return new Sla(account.responseTargetMinutes(), due, due != null && now.isAfter(due), toFirst,
				Duration.between(conversation.openedAt(), end).toMinutes());
	}

	Detail detail(Conversation conversation, CurrentUser user) {
		Summary summary = summaries(List.of(conversation)).get(0);
		Account account = accounts.get(conversation.accountId());
		List<MessageView> messages = log.messages(conversation.id())
			.stream()
			.map(message -> message(message, conversation.personalData()))
			.toList();
		List<ReplyView> replyViews = replyViews(replies.ofConversation(conversation.id()), user);
		Map<Long, Person> people = users.people(
				log.notes(conversation.id()).stream().map(ConversationLog.Note::authorId).collect(Collectors.toSet()));
		List<NoteView> notes = log.notes(conversation.id())
			.stream()
			.map(note -> new NoteView(note.id(), people.get(note.authorId()), privacy.masked(note.body()),
					note.createdAt()))
			.toList();
		List<ConversationLog.Entry> trail = log.trail(conversation.id());
		Map<Long, Person> actors = users.people(
				trail.stream().map(ConversationLog.Entry::actorId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		List<AuditView> audit = trail.stream()
			.map(entry -> new AuditView(entry.id(), entry.actorId() == null ? null : actors.get(entry.actorId()),
					entry.action(), entry.detail(), entry.at()))
			.toList();
		Set<Capability> capabilities = accounts.capabilities(account);
		boolean works = access.mayWork(user, conversation.teamId());
		boolean open = conversation.status() != ConversationStatus.CLOSED;
		Permissions permissions = new Permissions(
				works && open && conversation.kind() == Visibility.PUBLIC && capabilities.contains(Capability.REPLY),
				works && open && capabilities.contains(Capability.REPLY_PRIVATELY), works,
				works && open && !replies.anyAwaitingApproval(conversation.id()), works && !open, works);
		Context context = conversation.contextExternalId() == null ? null
				: new Context(conversation.contextExternalId(), privacy.masked(conversation.contextBody()));
		return new Detail(summary, context, messages, replyViews, notes, audit, permissions);
	}

	private MessageView message(InboxMessage message, boolean flagged) {
		Person author = message.authorId() == null ? null
				: users.people(List.of(message.authorId())).get(message.authorId());
		List<String> found = privacy.findings(message.body()).stream().map(finding -> finding.type().code()).distinct().toList();
		// The platform's own report, or, before its webhook arrives, Samtale's hide request delivered.
		boolean hidden = message.hiddenOnPlatform() || flagged && message.inboundId() != null
				&& outbox.byKey(PersonalDataGuard.hideKey(message.inboundId()))
					.map(entry -> entry.state() == OutboxEntry.State.SENT)
					.orElse(false);
		return new MessageView(message.id(), message.direction(), message.visibility(), message.authorName(), author,
				found.isEmpty() ? message.body() : privacy.masked(message.body()), message.createdAt(),
				message.externalId(), message.replyId(), found, hidden);
	}

	ReplyView reply(long replyId, CurrentUser user) {
		return replyViews(List.of(replies.get(replyId)), user).get(0);
	}

	List<ReplyView> replyViews(List<Reply> list, CurrentUser user) {
		Reviewer reviewer = access.reviewer(user);
		Map<Long, ApprovalRequest> requests = approvals.all(list.stream().map(Reply::approvalId).toList())
			.stream()
			.collect(Collectors.toMap(ApprovalRequest::id, Function.identity()));
		Set<Long> ids = new HashSet<>();
		requests.values().forEach(request -> {
			ids.add(request.authorId());
			if (request.decidedBy() != null) {
				ids.add(request.decidedBy());
			}
		});
		Map<Long, Person> people = users.people(ids);
		return list.stream().map(reply -> {
			ApprovalRequest request = requests.get(reply.approvalId());
			OutboxEntry entry = reply.outboxId() == null ? null : outbox.get(reply.outboxId());
			Delivery delivery = entry == null ? new Delivery(0, null, null, null)
					: new Delivery(entry.attempts(), entry.lastError(), entry.sentAt(),
							entry.state() == OutboxEntry.State.PENDING ? entry.nextAttemptAt() : null);
			boolean decidedByOther = request.decidedBy() != null && request.decidedBy() != request.authorId();
			boolean works = access.mayWork(user, request.teamId());
			return new ReplyView(reply.id(), reply.conversationId(), people.get(request.authorId()), reply.body(),
					reply.visibility(), reply.status(), reply.createdAt(),
					decidedByOther ? people.get(request.decidedBy()) : null, request.decidedAt(),
					request.rejectionComment(), request.editedByApprover(), delivery,
					approvals.mayDecide(request, reviewer) && works,
					request.authorId() == user.id() && request.state() != ApprovalState.APPROVED && works,
					reply.status() == ReplyStatus.FAILED && works);
		}).toList();
	}

	List<ApprovalView> approvals(Collection<ApprovalRequest> requests, CurrentUser user) {
		Reviewer reviewer = access.reviewer(user);
		Map<Long, Reply> byApproval = replies.underReview(requests.stream().map(ApprovalRequest::id).toList())
			.stream()
			.collect(Collectors.toMap(Reply::approvalId, Function.identity()));
		Map<Long, Person> people = users.people(requests.stream().map(ApprovalRequest::authorId).collect(Collectors.toSet()));
		Map<Long, Account> byAccount = accounts.all().stream().collect(Collectors.toMap(Account::id, Function.identity()));
		return requests.stream().filter(request -> byApproval.containsKey(request.id())).map(request -> {
			Reply reply = byApproval.get(request.id());
			Conversation conversation = conversations.get(reply.conversationId());
			Account account = byAccount.get(conversation.accountId());
			Team team = teams.get(conversation.teamId());
			return new ApprovalView(reply.id(), request.id(), request.kind().name(), conversation.id(),
					privacy.masked(conversation.subject()),
					new AccountRef(account.id(), account.name(), account.platform()), new TeamRef(team.id(), team.name()),
					people.get(request.authorId()), reply.body(), reply.visibility(), request.submittedAt(),
					approvals.mayDecide(request, reviewer) && access.mayWork(user, request.teamId()));
		}).toList();
	}

}
