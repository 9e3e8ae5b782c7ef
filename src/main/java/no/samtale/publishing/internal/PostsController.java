package no.samtale.publishing.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostDraft;
import no.samtale.publishing.Posts;
import no.samtale.publishing.Themes;
import no.samtale.publishing.internal.PostViews.PostView;

/**
 * Editors write posts for their team's accounts, send them to a partner, and approve or send back each other's.
 * Every field is checked by {@link Posts}; a refused request answers a problem naming the field and stores nothing.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class PostsController {

	/**
	 * A post as written; {@code publishAt} is an ISO-8601 instant, {@code imageId} an image uploaded through
	 * {@code POST /api/v1/publishing/images} for the account's team, {@code videoId} a video uploaded through
	 * {@code POST /api/v1/publishing/videos} (YouTube accounts only, which need one).
	 */
	record PostRequest(@Nullable Long accountId, @Nullable String text, @Nullable Instant publishAt,
			@Nullable Long themeId, @Nullable Long campaignId, @Nullable String link, @Nullable String firstComment,
			@Nullable Long imageId, @Nullable String videoLink, @Nullable Long videoId) {

		PostDraft draft() {
			return new PostDraft(accountId, text == null ? null : text.strip(), publishAt, themeId, campaignId,
					blankIsNull(link), blankIsNull(firstComment), imageId, blankIsNull(videoLink), videoId);
		}

		private static @Nullable String blankIsNull(@Nullable String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	record PostRejection(@Nullable String comment) {
	}

	private final Posts posts;

	private final PostViews views;

	private final Themes themes;

	PostsController(Posts posts, PostViews views, Themes themes) {
		this.posts = posts;
		this.views = views;
		this.themes = themes;
	}

	@PostMapping("/api/v1/publishing/posts")
	@ResponseStatus(HttpStatus.CREATED)
	PostView create(@RequestBody PostRequest request, CurrentUser user) {
		return views.of(posts.create(request.draft(), user), user);
	}

	@GetMapping("/api/v1/publishing/posts/{id}")
	PostView get(@PathVariable long id, CurrentUser user) {
		return views.of(visible(id, user), user);
	}

	@PutMapping("/api/v1/publishing/posts/{id}")
	PostView update(@PathVariable long id, @RequestBody PostRequest request, CurrentUser user) {
		visible(id, user);
		return views.of(posts.update(id, request.draft(), user), user);
	}

	@PostMapping("/api/v1/publishing/posts/{id}/submit")
	PostView submit(@PathVariable long id, CurrentUser user) {
		visible(id, user);
		return views.of(posts.submit(id, user), user);
	}

	@PostMapping("/api/v1/publishing/posts/{id}/approve")
	PostView approve(@PathVariable long id, CurrentUser user) {
		visible(id, user);
		return views.of(posts.approve(id, user), user);
	}

	@PostMapping("/api/v1/publishing/posts/{id}/reject")
	PostView reject(@PathVariable long id, @RequestBody(required = false) @Nullable PostRejection request,
			CurrentUser user) {
		visible(id, user);
		return views.of(posts.reject(id, request == null ? null : request.comment(), user), user);
	}

	@PostMapping("/api/v1/publishing/posts/{id}/cancel")
	PostView cancel(@PathVariable long id, CurrentUser user) {
		visible(id, user);
		return views.of(posts.cancel(id, user), user);
	}

	@PostMapping("/api/v1/publishing/posts/{id}/retry")
	PostView retry(@PathVariable long id, CurrentUser user) {
		visible(id, user);
		return views.of(posts.retry(id, user), user);
	}

	/** What waits for a partner in the caller's teams, soonest first. */
	@GetMapping("/api/v1/publishing/posts/awaiting-approval")
	List<PostView> awaiting(CurrentUser user) {
		return views.of(posts.awaitingApproval(themes.teamsOf(user)), user);
	}

	/** A post of another team is answered as not found, like one that does not exist. */
	private Post visible(long id, CurrentUser user) {
		Post post = posts.get(id);
		if (!themes.teamsOf(user).contains(post.teamId())) {
			throw new NotFoundException("Post", id);
		}
		return post;
	}

}
