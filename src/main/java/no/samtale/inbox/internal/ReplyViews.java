package no.samtale.inbox.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.ApprovalState;
import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboxEntry;
import no.samtale.channels.Outbox;
import no.samtale.channels.Visibility;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.inbox.internal.InboxViews.AccountRef;
import no.samtale.inbox.internal.InboxViews.TeamRef;
import no.samtale.privacy.PersonalDataPolicy;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/** The JSON shapes of replies and of the approval queue (see docs/inbox-api.md). */
@Component
class ReplyViews {

	private final Approvals approvals;

	private final ReplyStore replies;

	private final Users users;

	private final Outbox outbox;

	private final InboxAccess access;

	private final OutgoingText text;

	private final ConversationStore conversations;

	private final Accounts accounts;

	private final Teams teams;

	private final PersonalDataPolicy privacy;

	ReplyViews(Approvals approvals, ReplyStore replies, Users users, Outbox outbox, InboxAccess access,
			OutgoingText text, ConversationStore conversations, Accounts accounts, Teams teams,
			PersonalDataPolicy privacy) {
		this.approvals = approvals;
		this.replies = replies;
		this.users = users;
		this.outbox = outbox;
		this.access = access;
		this.text = text;
		this.conversations = conversations;
		this.accounts = accounts;
		this.teams = teams;
		this.privacy = privacy;
	}

	/** {@code lastErrorCode} is what the page words; {@code lastError} is the platform's technical message. */
	record Delivery(int attempts, @Nullable String lastError, DeliveryFailure.@Nullable Reason lastErrorCode,
			@Nullable Instant sentAt, @Nullable Instant nextAttemptAt) {
	}

	/** An approver's change waiting for the author: who made it, and the wording it replaced. */
	record ProposedEdit(@Nullable Person by, @Nullable String previousBody) {
	}

	/**
	 * {@code body} is null once forgotten. {@code personalData}: the kinds of identity number in it (a private reply
	 * may hold one; the page warns). {@code proposedEdit}: an approver changed it and the author must accept it
	 * ({@code canAcceptEdit}) or reword it; a third member may approve it instead.
	 */
	record ReplyView(long id, long conversationId, @Nullable Person author, @Nullable String body,
			Visibility visibility,
			ReplyStatus status, Instant createdAt, @Nullable Person approver, @Nullable Instant decidedAt,
			@Nullable String rejectionComment,
			boolean edited, Delivery delivery, boolean canApprove, boolean canEdit, boolean canRetry,
			List<String> personalData, @Nullable ProposedEdit proposedEdit, boolean canAcceptEdit) {
	}

	/** A reply waiting for review; {@code id} is the reply's, {@code approvalId} its review's. */
	record ApprovalView(long id, long approvalId, String kind, long conversationId,
			@Nullable String conversationSubject,
			AccountRef account, TeamRef team, @Nullable Person author, @Nullable String body, Visibility visibility,
			Instant submittedAt,
			boolean canApprove, List<String> personalData, @Nullable ProposedEdit proposedEdit, boolean canAcceptEdit,
			boolean forYou) {
	}

	ReplyView reply(long replyId, CurrentUser user) {
		return of(List.of(replies.get(replyId)), user).get(0);
	}

	List<ReplyView> of(List<Reply> list, CurrentUser user) {
		Reviewer reviewer = access.reviewer(user);
		Map<Long, ApprovalRequest> requests = approvals.all(list.stream().map(Reply::approvalId).toList())
			.stream()
			.collect(Collectors.toMap(ApprovalRequest::id, Function.identity()));
		Map<Long, Person> people = people(requests.values());
		return list.stream().map(reply -> {
			ApprovalRequest request = requests.get(reply.approvalId());
			OutboxEntry entry = reply.outboxId() == null ? null : outbox.get(reply.outboxId());
			Delivery delivery = entry == null ? new Delivery(0, null, null, null, null)
					: new Delivery(entry.attempts(), entry.lastError(), entry.lastErrorCode(), entry.sentAt(),
							entry.state() == OutboxEntry.State.PENDING ? entry.nextAttemptAt() : null);
			boolean works = access.mayWork(user, request.teamId());
			boolean author = request.authorId() == user.id();
			boolean mayDecide = approvals.mayDecide(request, reviewer) && works;
			return new ReplyView(reply.id(), reply.conversationId(), people.get(request.authorId()), reply.body(),
					reply.visibility(), reply.status(), reply.createdAt(), approver(request, people),
					request.decidedAt(), request.rejectionComment(), edited(request), delivery, mayDecide && !author,
					author && request.state() != ApprovalState.APPROVED && works,
					reply.status() == ReplyStatus.FAILED && works, text.identityNumbers(reply.body()),
					proposedEdit(request, people), mayDecide && author && request.editAwaitsAcceptance());
		}).toList();
	}

	/** {@code dutyTeams}: where the caller is on duty now; what they may check there is for them first. */
	List<ApprovalView> queue(Collection<ApprovalRequest> requests, CurrentUser user, Collection<Long> dutyTeams) {
		Reviewer reviewer = access.reviewer(user);
		Map<Long, Reply> byApproval = replies.underReview(requests.stream().map(ApprovalRequest::id).toList())
			.stream()
			.collect(Collectors.toMap(Reply::approvalId, Function.identity()));
		Map<Long, Person> people = people(requests);
		Map<Long, Account> byAccount = accounts.all().stream().collect(Collectors.toMap(Account::id, Function.identity()));
		Map<Long, Team> byTeam = teams.all().stream().collect(Collectors.toMap(Team::id, Function.identity()));
		return requests.stream().filter(request -> byApproval.containsKey(request.id())).map(request -> {
			Reply reply = byApproval.get(request.id());
			Conversation conversation = conversations.get(reply.conversationId());
			Account account = byAccount.get(conversation.accountId());
			Team team = byTeam.get(conversation.teamId());
			boolean mayDecide = approvals.mayDecide(request, reviewer) && access.mayWork(user, request.teamId());
			boolean author = request.authorId() == user.id();
			return new ApprovalView(reply.id(), request.id(), request.kind().name(), conversation.id(),
					privacy.masked(conversation.subject()),
					new AccountRef(account.id(), account.name(), account.platform()), new TeamRef(team.id(), team.name()),
					people.get(request.authorId()), reply.body(), reply.visibility(), request.submittedAt(),
					mayDecide && !author, text.identityNumbers(reply.body()), proposedEdit(request, people),
					mayDecide && author && request.editAwaitsAcceptance(),
					mayDecide && !author && dutyTeams.contains(request.teamId()));
		}).toList();
	}

	/** The other one of the two who agreed: the partner who approved, or whose edit the author accepted. */
	private static Person approver(ApprovalRequest request, Map<Long, Person> people) {
		if (request.decidedBy() != null && request.decidedBy() != request.authorId()) {
			return people.get(request.decidedBy());
		}
		return request.writtenBy() != request.authorId() && request.state() == ApprovalState.APPROVED
				? people.get(request.writtenBy()) : null;
	}

	/** The wording is not the author's own: an approver's edit, accepted or waiting. */
	private static boolean edited(ApprovalRequest request) {
		return request.editedByApprover() || request.editAwaitsAcceptance();
	}

	private static ProposedEdit proposedEdit(ApprovalRequest request, Map<Long, Person> people) {
		return request.editAwaitsAcceptance() ? new ProposedEdit(people.get(request.writtenBy()), request.previousBody())
				: null;
	}

	private Map<Long, Person> people(Collection<ApprovalRequest> requests) {
		Set<Long> ids = new HashSet<>();
		requests.forEach(request -> {
			ids.add(request.authorId());
			ids.add(request.writtenBy());
			if (request.decidedBy() != null) {
				ids.add(request.decidedBy());
			}
		});
		return users.people(ids);
	}

}
