package no.samtale.channels.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.ApprovalState;
import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.OutboxEntry.State;
import no.samtale.channels.Platform;
import no.samtale.channels.ScheduledPosts.ScheduledPost;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.teams.Teams;

/** The JSON shape of a scheduled post, with its review and whether the caller may decide on it. */
@Component
class ScheduledPostViews {

	private final Users users;

	private final Teams teams;

	private final Approvals approvals;

	private final Accounts accounts;

	ScheduledPostViews(Users users, Teams teams, Approvals approvals, Accounts accounts) {
		this.users = users;
		this.teams = teams;
		this.approvals = approvals;
		this.accounts = accounts;
	}

	/**
	 * {@code approvalState}: {@code PENDING} until another member of the account's team approved it (only then does it
	 * go to the platform), {@code REJECTED} when sent back. {@code state} and the rest follow its delivery once
	 * approved; {@code state} is null before.
	 */
	record ScheduledPostView(long id, long accountId, long teamId, String accountName, Platform platform, String message,
			Instant publishAt, ApprovalState approvalState, @Nullable Person author, @Nullable Person approver,
			@Nullable Instant decidedAt,
			@Nullable String rejectionComment, boolean canApprove, @Nullable State state, @Nullable String postId,
			@Nullable String lastError, int attempts) {
	}

	/** The caller as a checker of posts: of the teams they are in. */
	Reviewer reviewer(CurrentUser user) {
		return new Reviewer(user.id(), teams.teamIdsOf(user.id()));
	}

	List<ScheduledPostView> of(List<ScheduledPost> posts, CurrentUser user) {
		Reviewer reviewer = reviewer(user);
		Set<Long> ids = new HashSet<>();
		posts.stream().map(ScheduledPost::approval).filter(java.util.Objects::nonNull).forEach(review -> {
			ids.add(review.authorId());
			if (review.decidedBy() != null) {
				ids.add(review.decidedBy());
			}
		});
		Map<Long, Person> people = users.people(ids);
		return posts.stream().map(post -> {
			ApprovalRequest review = post.approval();
			Account account = accounts.get(post.accountId());
			return new ScheduledPostView(post.id(), post.accountId(), post.teamId(), account.name(), account.platform(),
					post.message(), post.publishAt(), post.approvalState(), review == null ? null : people.get(review.authorId()),
					review == null || review.decidedBy() == null ? null : people.get(review.decidedBy()),
					review == null ? null : review.decidedAt(), review == null ? null : review.rejectionComment(),
					review != null && approvals.mayDecide(review, reviewer), post.state(), post.postId(),
					post.lastError(), post.attempts());
		}).toList();
	}

	ScheduledPostView of(ScheduledPost post, CurrentUser user) {
		return of(List.of(post), user).get(0);
	}

}
