package no.samtale.publishing.internal.blog;

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
import no.samtale.publishing.internal.blog.BlogViews.BlogPostView;
import no.samtale.publishing.internal.blog.BlogViews.BlogView;

/**
 * Experts and editors write blog posts, send them to a partner, approve or send back each other's, and share a
 * published one on the team's social accounts. Every field is checked before anything is stored; a refused request
 * answers a problem naming the field.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'EXPERT')")
class BlogController {

	record BlogRequest(@Nullable Long teamId, @Nullable String slug, @Nullable String title,
			@Nullable String description, @Nullable Long accountId) {
	}

	/** A blog post as written: {@code body} is Markdown; {@code slug} is made from the title when left out. */
	record BlogPostRequest(@Nullable String title, @Nullable String slug, @Nullable String summary,
			@Nullable String body, @Nullable String expertName, @Nullable String expertTitle,
			@Nullable Instant publishAt) {

		BlogPostDraft draft() {
			return new BlogPostDraft(strip(title), strip(slug), strip(summary), body == null ? null : body.strip(),
					strip(expertName), strip(expertTitle), publishAt);
		}

		private static @Nullable String strip(@Nullable String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	record BlogPostRejection(@Nullable String comment) {
	}

	/** The social accounts to share on, and when the drafts are planned for (in an hour when left out). */
	record BlogShareRequest(@Nullable List<Long> accountIds, @Nullable Instant publishAt) {
	}

	record SharedPostView(long id, long accountId, String status, String text, @Nullable String link) {
	}

	record BlogShareView(List<SharedPostView> posts) {
	}

	private final Blogs blogs;

	private final BlogPosts posts;

	private final BlogStore store;

	private final BlogViews views;

	private final BlogShare share;

	BlogController(Blogs blogs, BlogPosts posts, BlogStore store, BlogViews views, BlogShare share) {
		this.blogs = blogs;
		this.posts = posts;
		this.store = store;
		this.views = views;
		this.share = share;
	}

	@GetMapping("/api/v1/publishing/blog")
	List<BlogView> blogs(CurrentUser user) {
		return blogs.of(user).stream().map(BlogViews::of).toList();
	}

	@PostMapping("/api/v1/publishing/blog")
	@ResponseStatus(HttpStatus.CREATED)
	BlogView create(@RequestBody BlogRequest request, CurrentUser user) {
		return BlogViews.of(blogs.create(request.teamId(), request.slug(), request.title(), request.description(),
				request.accountId(), user));
	}

	@GetMapping("/api/v1/publishing/blog/{blogId}/posts")
	List<BlogPostView> posts(@PathVariable long blogId, CurrentUser user) {
		posts.visibleBlog(blogId, user);
		return views.of(store.posts(blogId), user);
	}

	@PostMapping("/api/v1/publishing/blog/{blogId}/posts")
	@ResponseStatus(HttpStatus.CREATED)
	BlogPostView write(@PathVariable long blogId, @RequestBody BlogPostRequest request, CurrentUser user) {
		return views.of(posts.create(blogId, request.draft(), user), user);
	}

	@GetMapping("/api/v1/publishing/blog/posts/{id}")
	BlogPostView get(@PathVariable long id, CurrentUser user) {
		return views.of(posts.visible(id, user), user);
	}

	@PutMapping("/api/v1/publishing/blog/posts/{id}")
	BlogPostView update(@PathVariable long id, @RequestBody BlogPostRequest request, CurrentUser user) {
		posts.visible(id, user);
		return views.of(posts.update(id, request.draft(), user), user);
	}

	@PostMapping("/api/v1/publishing/blog/posts/{id}/submit")
	BlogPostView submit(@PathVariable long id, CurrentUser user) {
		posts.visible(id, user);
		return views.of(posts.submit(id, user), user);
	}

	@PostMapping("/api/v1/publishing/blog/posts/{id}/approve")
	BlogPostView approve(@PathVariable long id, CurrentUser user) {
		posts.visible(id, user);
		return views.of(posts.approve(id, user), user);
	}

	@PostMapping("/api/v1/publishing/blog/posts/{id}/reject")
	BlogPostView reject(@PathVariable long id, @RequestBody(required = false) @Nullable BlogPostRejection request,
			CurrentUser user) {
		posts.visible(id, user);
		return views.of(posts.reject(id, request == null ? null : request.comment(), user), user);
	}

	@PostMapping("/api/v1/publishing/blog/posts/{id}/withdraw")
	BlogPostView withdraw(@PathVariable long id, CurrentUser user) {
		posts.visible(id, user);
		return views.of(posts.withdraw(id, user), user);
	}

	/** Drafts a social post per chosen account with the article's link and summary; 201 with the drafts. */
	@PostMapping("/api/v1/publishing/blog/posts/{id}/share")
	@ResponseStatus(HttpStatus.CREATED)
	BlogShareView share(@PathVariable long id, @RequestBody BlogShareRequest request, CurrentUser user) {
		BlogPost post = posts.visible(id, user);
		return new BlogShareView(share.share(post, request.accountIds(), request.publishAt(), user)
			.stream()
			.map(shared -> new SharedPostView(shared.id(), shared.accountId(), shared.status().name(), shared.text(),
					shared.link()))
			.toList());
	}

}
