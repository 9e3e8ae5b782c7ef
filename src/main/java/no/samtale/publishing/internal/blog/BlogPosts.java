package no.samtale.publishing.internal.blog;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.ApprovalState;
import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.approval.SubjectKind;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.teams.Teams;

/**
 * The life of a blog post: written by an expert or editor of the blog's team, sent to a partner, approved only by
 * another member of the team (through {@link Approvals}, as social posts are), then public from its time; or sent
 * back with a comment. Each command checks everything before it writes, in one transaction.
 */
@Service
class BlogPosts {

	private final BlogStore store;

	private final BlogPostRules rules;

	private final Approvals approvals;

	private final Teams teams;

	BlogPosts(BlogStore store, BlogPostRules rules, Approvals approvals, Teams teams) {
		this.store = store;
		this.rules = rules;
		this.approvals = approvals;
		this.teams = teams;
	}

	@Transactional
	BlogPost create(long blogId, BlogPostDraft draft, CurrentUser user) {
		Blog blog = writable(blogId, user);
		String slug = rules.checked(blog, draft, 0, Instant.now());
		return store.post(store.insertPost(blog.id(), draft, slug, user.id(), Instant.now()));
	}

	/** Rewrites a draft or a post sent back or waiting; waiting for approval, it needs a new approval of the new text. */
	@Transactional
	BlogPost update(long id, BlogPostDraft draft, CurrentUser user) {
		BlogPost post = store.locked(id);
		Blog blog = writable(post.blogId(), user);
		if (post.status() == BlogPostStatus.PUBLISHED || post.status() == BlogPostStatus.WITHDRAWN) {
			throw new RuleViolationException("blog-post-published", "status",
					"The post is " + post.status() + "; it cannot be rewritten");
		}
		Instant now = Instant.now();
		String slug = rules.checked(blog, draft, id, now);
		store.rewrite(id, draft, slug, user.id(), now);
		if (post.status() == BlogPostStatus.AWAITING_APPROVAL) {
			approvals.cancel(List.of(post.approvalId()));
			askForApproval(store.post(id), blog, user, now);
		}
		else {
			store.status(id, BlogPostStatus.DRAFT, now);
		}
		return store.post(id);
	}

	@Transactional
	BlogPost submit(long id, CurrentUser user) {
		BlogPost post = store.locked(id);
		Blog blog = writable(post.blogId(), user);
		if (post.status() != BlogPostStatus.DRAFT && post.status() != BlogPostStatus.REJECTED) {
			throw new RuleViolationException("blog-post-state", "status",
					"Only a draft or a post sent back can be submitted; this one is " + post.status());
		}
		askForApproval(post, blog, user, Instant.now());
		return store.post(id);
	}

	/** Another member of the blog's team approves: the post is public from its time (at once when none is set). */
	@Transactional
	BlogPost approve(long id, CurrentUser user) {
		BlogPost post = store.locked(id);
		if (post.approvalId() == null) {
			throw notAwaiting(post);
		}
		// The approval module answers first: the author's own approval, an outsider, a decision already taken.
		ApprovalRequest decided = approvals.approve(post.approvalId(), reviewer(user), null);
		if (post.status() != BlogPostStatus.AWAITING_APPROVAL) {
			throw notAwaiting(post);
		}
		if (decided.state() != ApprovalState.APPROVED) {
			throw new IllegalStateException("An approval without an edit approves");
		}
		Instant now = Instant.now();
		Instant at = post.publishAt() != null && post.publishAt().isAfter(now) ? post.publishAt() : now;
		store.published(id, user.id(), at, now);
		return store.post(id);
	}

	@Transactional
	BlogPost reject(long id, String comment, CurrentUser user) {
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException("comment", "Say why the post is sent back");
		}
		if (comment.length() > 2000) {
			throw new InvalidInputException("comment", "At most 2000 characters");
		}
		BlogPost post = store.locked(id);
		if (post.approvalId() == null) {
			throw notAwaiting(post);
		}
		approvals.reject(post.approvalId(), reviewer(user), comment);
		if (post.status() != BlogPostStatus.AWAITING_APPROVAL) {
			throw notAwaiting(post);
		}
		store.rejected(id, user.id(), comment.strip(), Instant.now());
		return store.post(id);
	}

	/** Takes a published post off the public pages (a correction is a new post); its comments go with it. */
	@Transactional
	BlogPost withdraw(long id, CurrentUser user) {
		BlogPost post = store.locked(id);
		writable(post.blogId(), user);
		if (post.status() == BlogPostStatus.WITHDRAWN) {
			throw new RuleViolationException("blog-post-state", "status", "The post is withdrawn already");
		}
		if (post.status() == BlogPostStatus.AWAITING_APPROVAL) {
			approvals.cancel(List.of(post.approvalId()));
		}
		store.status(id, BlogPostStatus.WITHDRAWN, Instant.now());
		return store.post(id);
	}

	/** The post, if the caller's teams hold its blog; otherwise not found, like one that does not exist. */
	BlogPost visible(long id, CurrentUser user) {
		BlogPost post = store.post(id);
		visibleBlog(post.blogId(), user);
		return post;
	}

	Blog visibleBlog(long blogId, CurrentUser user) {
		Blog blog = store.blog(blogId).orElseThrow(() -> new NotFoundException("Blog", blogId));
		if (!user.hasRole(Role.ADMIN) && !teams.isMember(blog.teamId(), user.id())) {
			throw new NotFoundException("Blog", blogId);
		}
		return blog;
	}

	Reviewer reviewer(CurrentUser user) {
		return new Reviewer(user.id(), teams.teamIdsOf(user.id()));
	}

	private void askForApproval(BlogPost post, Blog blog, CurrentUser user, Instant now) {
		long approvalId = approvals.submit(SubjectKind.POST, blog.teamId(), user.id(),
				post.title() + "\n\n" + post.summary() + "\n\n" + post.body(), false);
		store.submitted(post.id(), approvalId, now);
	}

	/** Members of the blog's team write its posts (experts and editors alike); admins may too. */
	private Blog writable(long blogId, CurrentUser user) {
		Blog blog = visibleBlog(blogId, user);
		if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.EDITOR) && !user.hasRole(Role.EXPERT)) {
			throw new ForbiddenException("Experts and editors of the blog's team write its posts");
		}
		return blog;
	}

	private static RuleViolationException notAwaiting(BlogPost post) {
		return new RuleViolationException("blog-post-state", "status",
				"Only a post waiting for approval can be decided; this one is " + post.status());
	}

}
