package no.samtale.publishing;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.ApprovalState;
import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.approval.SubjectKind;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Capability;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.FieldChecks;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RefusedContentException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;
import no.samtale.publishing.internal.PlatformRules;
import no.samtale.publishing.internal.PostStore;
import no.samtale.publishing.internal.Publication;
import no.samtale.publishing.internal.images.PostImages;
import no.samtale.publishing.internal.videos.PostVideos;
import no.samtale.teams.Teams;

/**
 * The life of a post: written, sent to a partner, approved (only by another editor of the account's team, through
 * {@link Approvals}), published once at its time, or sent back, failed, cancelled. Each command checks everything
 * it was given before it writes, in one transaction, so a refused command leaves nothing half-written.
 */
@Service
public class Posts {

	private final PostStore store;

	private final Accounts accounts;

	private final Approvals approvals;

	private final Teams teams;

	private final PersonalDataPolicy privacy;

	private final Publication publication;

	private final PostImages images;

	private final PostVideos videos;

	Posts(PostStore store, Accounts accounts, Approvals approvals, Teams teams, PersonalDataPolicy privacy,
			Publication publication, PostImages images, PostVideos videos) {
		this.images = images;
		this.videos = videos;
		this.store = store;
		this.accounts = accounts;
		this.approvals = approvals;
		this.teams = teams;
		this.privacy = privacy;
		this.publication = publication;
	}

	@Transactional
	public Post create(PostDraft draft, CurrentUser user) {
		Account account = account(draft.accountId());
		mayWriteFor(account, user);
		Instant now = Instant.now();
		check(draft, account, now);
		return store.get(store.insert(draft, account.teamId(), user.id(), now));
	}

	/**
	 * Writes a post and sends it to a partner in one step (the channels API's scheduled posts did so); the same
	 * idempotency key twice makes one post.
	 */
	@Transactional
	public Post createForReview(PostDraft draft, CurrentUser user, String idempotencyKey) {
		java.util.Optional<Long> existing = store.byKey(idempotencyKey);
		if (existing.isPresent()) {
			return store.get(existing.get());
		}
		Account account = account(draft.accountId());
		mayWriteFor(account, user);
		Instant now = Instant.now();
		check(draft, account, now);
		long id = store.insert(draft, account.teamId(), user.id(), now, idempotencyKey);
		askForApproval(store.get(id), account, user, 1, now);
		return store.get(id);
	}

	/**
	 * Rewrites a post. One that was approved or waits for approval needs a new approval of the new wording (the
	 * editor who changed it is its author now, so they cannot approve it); what waited at the platform is withdrawn.
	 */
	@Transactional
	public Post update(long id, PostDraft draft, CurrentUser user) {
		Post post = store.locked(id);
		Account account = accounts.get(post.accountId());
		mayWriteFor(account, user);
		refuseFinished(post, "edit");
		Instant now = Instant.now();
		PostDraft rewritten = new PostDraft(post.accountId(), draft.text(), draft.publishAt(), draft.themeId(),
				draft.campaignId(), draft.link(), draft.firstComment(), draft.imageId(), draft.videoLink(),
				draft.videoId());
		check(rewritten, account, now);
		store.rewrite(id, rewritten, now);
		switch (post.status()) {
			case DRAFT, REJECTED -> store.status(id, PostStatus.DRAFT, now);
			default -> {
				publication.stop(post);
				cancelPendingApproval(post);
				askForApproval(store.get(id), account, user, post.version() + 1, now);
			}
		}
		return store.get(id);
	}

	@Transactional
	public Post submit(long id, CurrentUser user) {
		Post post = store.locked(id);
		Account account = accounts.get(post.accountId());
		mayWriteFor(account, user);
		if (post.status() != PostStatus.DRAFT && post.status() != PostStatus.REJECTED) {
			throw new RuleViolationException("post-state", "status", "Only a draft or a post sent back can be submitted; this one is " + post.status());
		}
		askForApproval(post, account, user, post.version() + (post.approvalId() == null ? 0 : 1), Instant.now());
		return store.get(id);
	}

	/** Another editor of the account's team approves: from now on the post is on its way to the platform. */
	@Transactional
	public Post approve(long id, CurrentUser user) {
		Post post = store.locked(id);
		if (post.approvalId() == null) {
			throw new RuleViolationException("post-state", "status", "Only a post waiting for approval can be approved; this one is " + post.status());
		}
		// The approval module answers first: the author's own approval, an outsider, a decision already taken.
		ApprovalRequest decided = approvals.approve(post.approvalId(), reviewer(user), null);
		if (post.status() != PostStatus.AWAITING_APPROVAL) {
			throw new RuleViolationException("post-state", "status", "Only a post waiting for approval can be approved; this one is " + post.status());
		}
		if (decided.state() != ApprovalState.APPROVED) {
			throw new IllegalStateException("An approval without an edit approves");
		}
		Instant now = Instant.now();
		store.status(id, PostStatus.SCHEDULED, now);
		publication.start(store.get(id), now);
		return store.get(id);
	}

	@Transactional
	public Post reject(long id, String comment, CurrentUser user) {
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException("comment", "Say why the post is sent back");
		}
		if (comment.length() > 2000) {
			throw new InvalidInputException("comment", "At most 2000 characters");
		}
		Post post = store.locked(id);
		if (post.approvalId() == null) {
			throw new RuleViolationException("post-state", "status", "Only a post waiting for approval can be sent back; this one is " + post.status());
		}
		approvals.reject(post.approvalId(), reviewer(user), comment);
		if (post.status() != PostStatus.AWAITING_APPROVAL) {
			throw new RuleViolationException("post-state", "status", "Only a post waiting for approval can be sent back; this one is " + post.status());
		}
		store.rejected(id, comment.strip(), Instant.now());
		return store.get(id);
	}

	/** Withdraws a post that is not out yet; what waited at the platform is removed there too. */
	@Transactional
	public Post cancel(long id, CurrentUser user) {
		Post post = store.locked(id);
		mayWriteFor(accounts.get(post.accountId()), user);
		refuseFinished(post, "cancel");
		publication.stop(post);
		cancelPendingApproval(post);
		store.status(id, PostStatus.CANCELLED, Instant.now());
		return store.get(id);
	}

	/** Tries a post the platform refused again (after the cause is fixed): the same delivery, never a second post. */
	@Transactional
	public Post retry(long id, CurrentUser user) {
		Post post = store.locked(id);
		mayWriteFor(accounts.get(post.accountId()), user);
		if (post.status() != PostStatus.FAILED) {
			throw new RuleViolationException("post-state", "status", "Only a failed post can be retried; this one is " + post.status());
		}
		store.status(id, PostStatus.SCHEDULED, Instant.now());
		publication.retry(post);
		return store.get(id);
	}

	public Post get(long id) {
		return store.get(id);
	}

	/** The posts waiting for approval in these teams, soonest first. */
	public List<Post> awaitingApproval(List<Long> teamIds) {
		return store.inStatus(teamIds, PostStatus.AWAITING_APPROVAL);
	}

	public Reviewer reviewer(CurrentUser user) {
		return new Reviewer(user.id(), teams.teamIdsOf(user.id()));
	}

	private void askForApproval(Post post, Account account, CurrentUser user, int version, Instant now) {
		PlatformRules.of(account.platform()).requireMedia(post.imageId(), post.videoId());
		if (!accounts.capabilities(account).contains(Capability.PUBLISH)) {
			throw new RuleViolationException("cannot-publish", "accountId",
					"This account's connector cannot publish posts yet");
		}
		publication.checkMedia(post, account);
		long approvalId = approvals.submit(SubjectKind.POST, account.teamId(), user.id(), post.text(), false);
		store.submitted(post.id(), approvalId, version, now);
	}

	private void cancelPendingApproval(Post post) {
		if (post.approvalId() != null) {
			approvals.cancel(List.of(post.approvalId()));
		}
	}

	private static void refuseFinished(Post post, String what) {
		if (post.status() == PostStatus.PUBLISHED) {
			throw new RuleViolationException("post-published", "status",
					"The post is published; it cannot " + (what.equals("edit") ? "be edited" : "be cancelled") + " here");
		}
		if (post.status() == PostStatus.CANCELLED) {
			throw new RuleViolationException("post-state", "status", "The post is cancelled");
		}
	}

	private Account account(Long accountId) {
		if (accountId == null) {
			throw new InvalidInputException("accountId", "Must be given");
		}
		return accounts.find(accountId).orElseThrow(() -> new InvalidInputException("accountId", "No such account"));
	}

	/** Editors of the account's team write its posts; admins may too. */
	private void mayWriteFor(Account account, CurrentUser user) {
		if (!user.hasRole(Role.ADMIN) && !teams.isMember(account.teamId(), user.id())) {
			throw new ForbiddenException("Only the account's team plans its posts");
		}
	}

	private void check(PostDraft draft, Account account, Instant now) {
		PlatformRules rules = PlatformRules.of(account.platform());
		FieldChecks checks = new FieldChecks();
		checks.require(draft.text() != null && !draft.text().isBlank(), "text", "Must not be empty");
		// What the platform receives: the text, then the link and the video's address each after a blank line.
		int length = (draft.text() == null ? 0 : draft.text().strip().length())
				+ (draft.link() == null ? 0 : draft.link().length() + 2)
				+ (draft.videoLink() == null ? 0 : draft.videoLink().length() + 2);
		checks.require(length <= rules.maxLength(), "text",
				account.platform() + " takes at most " + rules.maxLength() + " characters; this post has " + length);
		checks.require(draft.publishAt() != null, "publishAt", "Must be given");
		checks.require(draft.publishAt() == null || draft.publishAt().isAfter(now), "publishAt", "Must be in the future");
		checks.require(draft.link() == null || draft.link().isBlank() || PlatformRules.webAddress(draft.link()), "link",
				"Must be an http or https address of at most 2000 characters");
		checks.require(draft.videoLink() == null || PlatformRules.webAddress(draft.videoLink()), "videoLink",
				"Must be an http or https address of at most 2000 characters");
		checks.require(draft.firstComment() == null || draft.firstComment().length() <= PlatformRules.STORED_MAX,
				"firstComment", "At most " + PlatformRules.STORED_MAX + " characters");
		checks.require(draft.videoId() == null || rules.takesVideo(), "videoId",
				account.platform() + " takes no uploaded video; give its address as the video link");
		checks.require(!rules.needsVideo() || draft.text() == null || draft.text().isBlank()
				|| PlatformRules.fitsAVideo(draft.text()), "text", "The first line is the video's title on "
						+ account.platform() + ": 1 to " + PlatformRules.MAX_VIDEO_TITLE
						+ " characters, and no < or > anywhere");
		checks.throwIfAny();
		if (draft.imageId() != null) {
			images.checkAttachable(draft.imageId(), account.teamId());
		}
		if (draft.videoId() != null) {
			videos.checkAttachable(draft.videoId(), account.teamId());
		}
		if (privacy.holdsIdentityNumber(draft.text())) {
			throw new RefusedContentException("personal-data", "text",
					"The post holds an identity number; everyone can read it. Remove it.");
		}
		if (privacy.holdsIdentityNumber(draft.firstComment())) {
			throw new RefusedContentException("personal-data", "firstComment",
					"The first comment holds an identity number; everyone can read it. Remove it.");
		}
		publication.checkReferences(draft, account);
	}

}
