package no.samtale.inbox;

import java.util.Optional;

/**
 * The posts Samtale published itself, so that a comment thread can link back to the post it comments on and the
 * inbox can be filtered by post. Implemented by the publishing module (which depends on the inbox, not the other
 * way round); without it, the inbox simply shows no links.
 */
public interface PublishedPosts {

	/** Where Samtale's post {@code postId} is on its platform, once the platform has given it an id. */
	Optional<PlatformPost> onPlatform(long postId);

	/** Samtale's post that is this post on the platform, if Samtale published it. */
	Optional<Long> postId(PlatformPost post);

}
