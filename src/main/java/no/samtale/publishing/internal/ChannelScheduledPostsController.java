package no.samtale.publishing.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.ApprovalState;
import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Capability;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.Outbox;
import no.samtale.channels.OutboxEntry;
import no.samtale.channels.OutboxEntry.State;
import no.samtale.channels.Platform;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RefusedContentException;
import no.samtale.platform.RuleViolationException;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostDraft;
import no.samtale.publishing.Posts;
import no.samtale.publishing.Themes;

/**
 * The channels API's scheduled posts (a Facebook page's posts that Meta publishes at their time), kept for the
 * account page and the inbox's approval queue, now served by publishing: a scheduled post is a post written and sent
 * for approval in one step, whose time must be inside Meta's window (10 minutes to 30 days). The shape of the
 * answers is the one the channels module gave.
 */
@RestController
class ChannelScheduledPostsController {

	record NewScheduledPost(@NotBlank @Size(max = 8000) String message, @NotNull Instant publishAt) {
	}

	record ScheduledPostRejection(@NotBlank @Size(max = 2000) String comment) {
	}

	/**
	 * {@code approvalState}: {@code PENDING} until another member of the account's team approved it, {@code REJECTED}
	 * when sent back. {@code state} and the rest follow its delivery to the platform once approved; null before.
	 */
	record ScheduledPostView(long id, long accountId, long teamId, String accountName, Platform platform, String message,
			Instant publishAt, ApprovalState approvalState, @Nullable Person author, @Nullable Person approver,
			@Nullable Instant decidedAt, @Nullable String rejectionComment, boolean canApprove, @Nullable State state,
			@Nullable String postId, @Nullable String lastError, DeliveryFailure.@Nullable Reason lastErrorCode,
			int attempts) {
	}

	private final Posts posts;

	private final PostStore store;

	private final Accounts accounts;

	private final Approvals approvals;

	private final Outbox outbox;

	private final Users users;

	private final Themes themes;

	ChannelScheduledPostsController(Posts posts, PostStore store, Accounts accounts, Approvals approvals, Outbox outbox,
			Users users, Themes themes) {
		this.posts = posts;
		this.store = store;
		this.accounts = accounts;
		this.approvals = approvals;
		this.outbox = outbox;
		this.users = users;
		this.themes = themes;
	}

	@PostMapping("/api/v1/channels/accounts/{id}/scheduled-posts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
	ScheduledPostView schedule(@PathVariable long id, @Valid @RequestBody NewScheduledPost request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key, CurrentUser user) {
		Account account = accounts.get(id);
		if (key != null && key.length() > 100) {
			throw new InvalidInputException("Idempotency-Key", "At most 100 characters");
		}
		Instant now = Instant.now();
		if (request.publishAt().isBefore(now.plus(Publication.META_EARLIEST))) {
			throw new InvalidInputException("publishAt", "Must be at least 10 minutes from now");
		}
		if (request.publishAt().isAfter(now.plus(Publication.META_LATEST))) {
			throw new InvalidInputException("publishAt", "Must be at most 30 days from now");
		}
		if (!accounts.capabilities(account).contains(Capability.SCHEDULE)) {
			throw new RuleViolationException("cannot-schedule", null,
					"This account's platform does not take scheduled posts (Facebook pages do; Instagram does not)");
		}
		String idempotencyKey = "schedule:" + id + ":" + (key == null || key.isBlank() ? UUID.randomUUID() : key.strip());
		try {
			return views(List.of(posts.createForReview(new PostDraft(id, request.message().strip(), request.publishAt(),
					null, null, null, null), user, idempotencyKey)), user).get(0);
		}
		catch (InvalidInputException e) {
			throw "text".equals(e.field()) ? new InvalidInputException("message", e.getMessage()) : e;
		}
		catch (RefusedContentException e) {
			throw "text".equals(e.field()) ? new RefusedContentException("personal-data", "message", e.getMessage()) : e;
		}
	}

	@GetMapping("/api/v1/channels/accounts/{id}/scheduled-posts")
	@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
	List<ScheduledPostView> list(@PathVariable long id, CurrentUser user) {
		accounts.get(id);
		return views(store.of(id).stream().filter(post -> post.approvalId() != null || post.outboxId() != null).toList(),
				user);
	}

	@GetMapping("/api/v1/channels/scheduled-posts/awaiting-approval")
	List<ScheduledPostView> awaiting(CurrentUser user) {
		return views(posts.awaitingApproval(themes.teamsOf(user)), user);
	}

	@PostMapping("/api/v1/channels/scheduled-posts/{id}/approve")
	ScheduledPostView approve(@PathVariable long id, CurrentUser user) {
		return views(List.of(posts.approve(id, user)), user).get(0);
	}

	@PostMapping("/api/v1/channels/scheduled-posts/{id}/reject")
	ScheduledPostView reject(@PathVariable long id, @Valid @RequestBody ScheduledPostRejection request,
			CurrentUser user) {
		return views(List.of(posts.reject(id, request.comment(), user)), user).get(0);
	}

	private List<ScheduledPostView> views(List<Post> list, CurrentUser user) {
		Reviewer reviewer = posts.reviewer(user);
		Map<Long, ApprovalRequest> reviews = new HashMap<>();
		approvals.all(list.stream().map(Post::approvalId).filter(java.util.Objects::nonNull).toList())
			.forEach(review -> reviews.put(review.id(), review));
		Set<Long> ids = new HashSet<>();
		reviews.values().forEach(review -> {
			ids.add(review.authorId());
			if (review.decidedBy() != null) {
				ids.add(review.decidedBy());
			}
		});
		Map<Long, Person> people = users.people(ids);
		return list.stream().map(post -> {
			ApprovalRequest review = post.approvalId() == null ? null : reviews.get(post.approvalId());
			Account account = accounts.get(post.accountId());
			OutboxEntry entry = post.outboxId() == null ? null : outbox.get(post.outboxId());
			return new ScheduledPostView(post.id(), post.accountId(), post.teamId(), account.name(), account.platform(),
					post.text(), post.publishAt(), review == null ? ApprovalState.APPROVED : review.state(),
					review == null ? null : people.get(review.authorId()),
					review == null || review.decidedBy() == null ? null : people.get(review.decidedBy()),
					review == null ? null : review.decidedAt(), review == null ? null : review.rejectionComment(),
					review != null && approvals.mayDecide(review, reviewer), entry == null ? null : entry.state(),
					entry == null ? null : entry.externalResultId(), entry == null ? null : entry.lastError(),
					entry == null ? null : entry.lastErrorCode(), entry == null ? 0 : entry.attempts());
		}).toList();
	}

}
