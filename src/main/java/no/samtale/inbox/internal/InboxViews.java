package no.samtale.inbox.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Capability;
import no.samtale.channels.CapabilityReason;
import no.samtale.channels.OutboxEntry;
import no.samtale.channels.Outbox;
import no.samtale.channels.Platform;
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

	private final Outbox outbox;

	private final ConversationStore conversations;

	private final ConversationLog log;

	private final ReplyStore replies;

	private final InboxAccess access;

	private final PersonalDataPolicy privacy;

	private final ConversationLabels labels;

	private final ConversationAudit audit;

	private final ReplyViews replyViews;

	private final ExpertQuestionFlow expertQuestions;

	private final PostFilter postFilter;

	InboxViews(Accounts accounts, Teams teams, Users users, Outbox outbox, ConversationStore conversations,
			ConversationLog log, ReplyStore replies, InboxAccess access, PersonalDataPolicy privacy,
			ConversationLabels labels, ConversationAudit audit, ReplyViews replyViews,
			ExpertQuestionFlow expertQuestions, PostFilter postFilter) {
		this.postFilter = postFilter;
		this.expertQuestions = expertQuestions;
		this.replyViews = replyViews;
		this.labels = labels;
		this.audit = audit;
		this.privacy = privacy;
		this.accounts = accounts;
		this.teams = teams;
		this.users = users;
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

	record Correspondent(@Nullable String name, String externalId) {
	}

	record Sla(int responseTargetMinutes, @Nullable Instant dueAt, boolean overdue,
			@Nullable Long minutesToFirstResponse,
			long minutesOpen) {
	}

	record Summary(long id, AccountRef account, TeamRef team, Visibility kind, ConversationStatus status,
			@Nullable String subject, Correspondent correspondent, @Nullable Person assignee, List<String> labels,
			int messageCount,
			Instant openedAt, Instant waitingSince, Instant lastInboundAt, Instant lastActivityAt,
			@Nullable Instant firstResponseAt, @Nullable Instant closedAt, Sla sla, boolean personalData) {
	}

	/**
	 * The post a public thread comments on: the platform's id, its text, and {@code postId}, Samtale's own post when
	 * Samtale published it (the page links back to it).
	 */
	record Context(String externalId, String text, @Nullable Long postId) {
	}

	/**
	 * {@code body} has personal data masked ({@code •}); {@code masked} lists what was found, and an advisor of the
	 * team can reveal the original with a reason. {@code hiddenOnPlatform}: Samtale hid the comment because of it.
	 */
	record MessageView(long id, String direction, Visibility visibility, @Nullable String authorName,
			@Nullable Person author, @Nullable String body,
			Instant createdAt, @Nullable String externalId, @Nullable Long replyId, List<String> masked,
			boolean hiddenOnPlatform,
			boolean removedOnPlatform) {
	}

	record NoteView(long id, Person author, String body, Instant createdAt) {
	}

	/**
	 * One step in the conversation's log, as facts: the action and the parameters it uses (the others are null).
	 * {@code user} is the person it concerns (the new assignee).
	 */
	record AuditView(long id, @Nullable Person actor, AuditAction action, Instant at, @Nullable Long replyId,
			@Nullable Visibility visibility,
			@Nullable ConversationStatus fromStatus, @Nullable ConversationStatus toStatus, @Nullable Person user,
			@Nullable Long noteId, @Nullable List<String> labels,
			@Nullable Integer attempt, @Nullable String error) {
	}

	/**
	 * What the person may do here. {@code memberOfTeam}: they are on the team that answers the account; without it
	 * (an admin) they may read but not write, and the page says why.
	 */
	record Permissions(boolean canReply, boolean canReplyPrivately, boolean canAssign, boolean canClose,
			boolean canReopen, boolean canReveal, boolean memberOfTeam) {
	}

	/** Whether a reply goes to a partner before it leaves, by visibility, so the page says so before the click. */
	record ApprovalNeeded(boolean publicReply, boolean privateReply) {
	}

	/** What the conversation's account cannot do and why, so the page can say so beside the action it lacks. */
	record MissingCapability(Capability capability, CapabilityReason reason) {
	}

	record Detail(@JsonUnwrapped Summary summary, @Nullable Context context, List<MessageView> messages,
			List<ReplyViews.ReplyView> replies, List<NoteView> notes, List<AuditView> audit, Permissions permissions,
			ApprovalNeeded approvalNeeded, ExpertQuestionFlow.@Nullable ExpertQuestionView expertQuestion,
			List<MissingCapability> unavailable) {
	}

	List<Summary> summaries(List<Conversation> list) {
		// Only the page's accounts and team names, from the nodes' caches: reading every account and every team with
		// its members cost three queries per page.
		Map<Long, Account> byAccount = new HashMap<>();
		Map<Long, String> teamNames = new HashMap<>();
		for (Conversation conversation : list) {
			byAccount.computeIfAbsent(conversation.accountId(), accounts::get);
			teamNames.computeIfAbsent(conversation.teamId(), id -> teams.name(id).orElse(""));
		}
		Map<Long, Person> people = users.people(
				list.stream().map(Conversation::assigneeId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, List<String>> labels = this.labels.of(list.stream().map(Conversation::id).toList());
		Instant now = Instant.now();
		return list.stream().map(conversation -> {
			Account account = byAccount.get(conversation.accountId());
			return new Summary(conversation.id(), new AccountRef(account.id(), account.name(), account.platform()),
					new TeamRef(conversation.teamId(), teamNames.get(conversation.teamId())), conversation.kind(),
					conversation.status(),
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
		List<ReplyViews.ReplyView> replyViews = this.replyViews.of(replies.ofConversation(conversation.id()), user);
		Map<Long, Person> people = users.people(
				log.notes(conversation.id()).stream().map(ConversationLog.Note::authorId).collect(Collectors.toSet()));
		List<NoteView> notes = log.notes(conversation.id())
			.stream()
			.map(note -> new NoteView(note.id(), people.get(note.authorId()), privacy.masked(note.body()),
					note.createdAt()))
			.toList();
		List<AuditView> audit = auditViews(conversation.id());
		Set<Capability> capabilities = accounts.capabilities(account);
		boolean works = access.mayWork(user, conversation.teamId());
		boolean open = conversation.status() != ConversationStatus.CLOSED;
		Permissions permissions = new Permissions(
				works && open && conversation.kind() == Visibility.PUBLIC && capabilities.contains(Capability.REPLY),
				works && open && capabilities.contains(Capability.REPLY_PRIVATELY), works,
				works && open && !replies.anyAwaitingApproval(conversation.id()), works && !open, works,
				teams.isMember(conversation.teamId(), user.id()));
		ApprovalNeeded approvalNeeded = new ApprovalNeeded(ReplyWorkflow.needsApproval(account, Visibility.PUBLIC),
				ReplyWorkflow.needsApproval(account, Visibility.PRIVATE));
		Context context = conversation.contextExternalId() == null ? null
				: new Context(conversation.contextExternalId(), privacy.masked(conversation.contextBody()),
						postFilter.postOf(conversation.accountId(), conversation.contextExternalId()));
		List<MissingCapability> unavailable = accounts.unavailable(account)
			.entrySet()
			.stream()
			.map(missing -> new MissingCapability(missing.getKey(), missing.getValue()))
			.toList();
		return new Detail(summary, context, messages, replyViews, notes, audit, permissions, approvalNeeded,
				expertQuestions.latest(conversation.id()), unavailable);
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
				message.externalId(), message.replyId(), found, hidden, message.removedOnPlatform());
	}

	private List<AuditView> auditViews(long conversationId) {
		List<ConversationAudit.Entry> trail = audit.trail(conversationId);
		Set<Long> ids = new HashSet<>();
		trail.forEach(entry -> {
			ids.add(entry.actorId());
			ids.add(entry.facts().userId());
		});
		ids.remove(null);
		Map<Long, Person> people = users.people(ids);
		return trail.stream().map(entry -> {
			AuditFacts facts = entry.facts();
			return new AuditView(entry.id(), entry.actorId() == null ? null : people.get(entry.actorId()),
					entry.action(), entry.at(), facts.replyId(), facts.visibility(), facts.fromStatus(),
					facts.toStatus(), facts.userId() == null ? null : people.get(facts.userId()), facts.noteId(),
					facts.labels(), facts.attempt(), facts.error());
		}).toList();
	}

}
