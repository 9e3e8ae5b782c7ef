package no.samtale.publishing.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.PlatformPost;
import no.samtale.inbox.PostComments;
import no.samtale.platform.NotFoundException;
import no.samtale.privacy.AccessAction;
import no.samtale.privacy.AccessLog;
import no.samtale.publishing.Post;
import no.samtale.publishing.Posts;
import no.samtale.publishing.Themes;

/**
 * The comments on a published post, read-only, for the editors of the post's account (its team's editors), who need
 * not work the inbox: what was said in public under the post, masked as the inbox masks it. Answering stays in the
 * inbox, through its four eyes, for those who are advisors there; {@code canAnswerInInbox} says whether the caller is.
 * A post of another team is as unknown as a missing one (404). Reading them is written to the privacy module's access
 * log, one look per thread, as opening a conversation in the inbox is: they hold what citizens wrote.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class PostCommentsController {

	/** {@code published}: the platform has the post; before that nobody can have commented. */
	record PostCommentsView(long postId, boolean published, boolean canAnswerInInbox, List<PostCommentThread> threads) {
	}

	record PostCommentThread(long conversationId, ConversationStatus status, List<PostComment> comments) {
	}

	/** {@code fromAgency}: the agency's public reply; {@code body} null once erased. */
	record PostComment(long id, boolean fromAgency, @Nullable String authorName, @Nullable String body, Instant at,
			boolean masked, boolean hiddenOnPlatform, boolean removedOnPlatform) {
	}

	private final Posts posts;

	private final Themes themes;

	static final String PURPOSE = "Lese kommentarene på et publisert innlegg";

	private final PostComments comments;

	private final AccessLog accessLog;

	PostCommentsController(Posts posts, Themes themes, PostComments comments, AccessLog accessLog) {
		this.accessLog = accessLog;
		this.posts = posts;
		this.themes = themes;
		this.comments = comments;
	}

	@GetMapping("/api/v1/publishing/posts/{id}/comments")
	PostCommentsView comments(@PathVariable long id, CurrentUser user) {
		Post post = posts.get(id);
		if (!themes.teamsOf(user).contains(post.teamId())) {
			throw new NotFoundException("Post", id);
		}
		boolean inbox = user.hasRole(Role.ADVISOR) || user.hasRole(Role.ADMIN);
		if (post.externalId() == null) {
			return new PostCommentsView(id, false, inbox, List.of());
		}
		List<PostCommentThread> threads = comments.threads(new PlatformPost(post.accountId(), post.externalId()))
			.stream()
			.map(thread -> new PostCommentThread(thread.conversationId(), thread.status(), thread.comments()
				.stream()
				.map(c -> new PostComment(c.id(), c.fromAgency(), c.authorName(), c.body(), c.at(), c.masked(),
						c.hiddenOnPlatform(), c.removedOnPlatform()))
				.toList()))
			.toList();
		threads.forEach(thread -> accessLog.record(user, AccessAction.VIEW, "conversation",
				Long.toString(thread.conversationId()), PURPOSE));
		return new PostCommentsView(id, true, inbox, threads);
	}

}
