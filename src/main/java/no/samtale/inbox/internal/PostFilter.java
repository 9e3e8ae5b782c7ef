package no.samtale.inbox.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import no.samtale.inbox.PlatformPost;
import no.samtale.inbox.PublishedPosts;
import no.samtale.platform.InvalidInputException;

/**
 * The inbox filtered by the post its conversations comment on: Samtale's own post ({@code post}, its id in the
 * publishing module) or any post by the platform's id ({@code context}, a post made on the platform itself).
 */
@Component
class PostFilter {

	/** A post that is not (yet) on its platform, or unknown: no conversation can comment on it. */
	static final PlatformPost NOTHING = new PlatformPost(-1, "");

	private final ObjectProvider<PublishedPosts> published;

	PostFilter(ObjectProvider<PublishedPosts> published) {
		this.published = published;
	}

	/**
	 * Null without either; {@link #NOTHING} for a post with no platform id yet, unknown, or on another account than
	 * {@code accountId}; else the post (account 0 when only the platform's id was given).
	 */
	@Nullable PlatformPost about(@Nullable Long post, @Nullable String context, @Nullable Long accountId) {
		if (post != null && context != null) {
			throw new InvalidInputException("context", "Give post or context, not both");
		}
		if (context != null) {
			if (context.isBlank() || context.length() > 200) {
				throw new InvalidInputException("context", "The platform's id of a post, at most 200 characters");
			}
			return new PlatformPost(0, context.strip());
		}
		if (post == null) {
			return null;
		}
		PublishedPosts posts = published.getIfAvailable();
		PlatformPost found = posts == null ? null : posts.onPlatform(post).orElse(null);
		if (found == null || accountId != null && accountId != found.accountId()) {
			return NOTHING;
		}
		return found;
	}

	/** Samtale's post a conversation comments on, when Samtale published it. */
	@Nullable Long postOf(long accountId, @Nullable String context) {
		PublishedPosts posts = published.getIfAvailable();
		if (context == null || posts == null) {
			return null;
		}
		return posts.postId(new PlatformPost(accountId, context)).orElse(null);
	}

}
