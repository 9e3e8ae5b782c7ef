package no.samtale.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The comments the inbox holds on posts: how many, for the editorial calendar, and the public threads themselves, for
 * an editor of the post's account who reads them without working the inbox.
 */
public interface PostComments {

	/**
	 * Per post (left out when there are none): the conversations commenting on it (each public thread of a top-level
	 * comment is one) and the citizens' messages in them.
	 */
	Map<PlatformPost, CommentCount> counts(Collection<PlatformPost> posts);

	/**
	 * The public comment threads on a post, oldest first, each with what was said in public in order: the citizens'
	 * comments and the agency's public replies that went out. Personal data is masked as the inbox shows it; private
	 * messages, internal notes, drafts and replies waiting for approval are not part of it. The caller decides who may
	 * read it (the inbox does not know the post's editors).
	 */
	List<CommentThread> threads(PlatformPost post);

	record CommentCount(int conversations, int comments) {
	}

	/** One public thread under the post: a top-level comment and what followed it. */
	record CommentThread(long conversationId, ConversationStatus status, List<Comment> comments) {
	}

	/**
	 * One public message. {@code fromAgency}: a reply the agency sent; otherwise a citizen's comment. {@code body} is
	 * null once erased; {@code masked} says personal data was found and masked; {@code hiddenOnPlatform} that Samtale
	 * or the page hid it there, {@code removedOnPlatform} that its writer deleted it.
	 */
	record Comment(long id, boolean fromAgency, @Nullable String authorName, @Nullable String body, Instant at,
			boolean masked, boolean hiddenOnPlatform, boolean removedOnPlatform) {
	}

}
