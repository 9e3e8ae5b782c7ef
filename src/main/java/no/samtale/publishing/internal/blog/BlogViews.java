package no.samtale.publishing.internal.blog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import no.samtale.approval.Approvals;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;

/** Blogs and blog posts as the editors' API shows them. */
@Component
class BlogViews {

	/** A blog; {@code path} and {@code feedPath} are its public pages on this server. */
	record BlogView(long id, long teamId, @Nullable Long accountId, String slug, String title, String description,
			String path, String feedPath) {
	}

	record BlogPersonView(long id, String name) {
	}

	/**
	 * A blog post. {@code bodyHtml} is the body as readers see it (raw HTML escaped); {@code path} its public page,
	 * where it is shown once {@code status} is PUBLISHED and {@code publishedAt} has come. {@code mayApprove} says
	 * whether the caller may decide on it now (they did not write it and it waits).
	 */
	record BlogPostView(long id, long blogId, String slug, String title, String summary, String body, String bodyHtml,
			String expertName, @Nullable String expertTitle, String status, BlogPersonView author,
			@Nullable BlogPersonView approver, @Nullable String rejectionComment, @Nullable Instant publishAt,
			@Nullable Instant publishedAt, Instant createdAt, Instant updatedAt, String path, boolean isPublic,
			boolean mayApprove) {
	}

	private final Users users;

	private final BlogMarkdown markdown;

	private final BlogStore store;

	private final Approvals approvals;

	BlogViews(Users users, BlogMarkdown markdown, BlogStore store, Approvals approvals) {
		this.users = users;
		this.markdown = markdown;
		this.store = store;
		this.approvals = approvals;
	}

	static BlogView of(Blog blog) {
		return new BlogView(blog.id(), blog.teamId(), blog.accountId(), blog.slug(), blog.title(), blog.description(),
				"/blogg/" + blog.slug(), "/blogg/" + blog.slug() + "/atom.xml");
	}

	BlogPostView of(BlogPost post, CurrentUser user) {
		return of(List.of(post), user).get(0);
	}

	List<BlogPostView> of(List<BlogPost> posts, CurrentUser user) {
		Map<Long, Person> people = users.people(posts.stream()
			.flatMap(post -> Stream.of(post.authorId(), post.approverId()))
			.filter(id -> id != null)
			.distinct()
			.toList());
		Instant now = Instant.now();
		return posts.stream().map(post -> {
			Blog blog = store.blog(post.blogId()).orElseThrow();
			boolean mayApprove = post.status() == BlogPostStatus.AWAITING_APPROVAL && post.authorId() != user.id()
					&& approvals.find(post.approvalId())
						.map(request -> request.authorId() != user.id())
						.orElse(false);
			return new BlogPostView(post.id(), post.blogId(), post.slug(), post.title(), post.summary(), post.body(),
					markdown.toHtml(post.body()), post.expertName(), post.expertTitle(), post.status().name(),
					person(people, post.authorId()),
					post.approverId() == null ? null : person(people, post.approverId()), post.rejectionComment(),
					post.publishAt(), post.publishedAt(), post.createdAt(), post.updatedAt(),
					"/blogg/" + blog.slug() + "/" + post.slug(), post.publicAt(now), mayApprove);
		}).toList();
	}

	private static BlogPersonView person(Map<Long, Person> people, long id) {
		Person person = people.get(id);
		return new BlogPersonView(id, person == null ? "" : person.name());
	}

}
