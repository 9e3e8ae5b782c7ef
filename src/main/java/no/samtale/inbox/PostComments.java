package no.samtale.inbox;

import java.util.Collection;
import java.util.Map;

/** How many comments the inbox holds on posts, for the editorial calendar. */
public interface PostComments {

	/**
	 * Per post (left out when there are none): the conversations commenting on it (each public thread of a top-level
	 * comment is one) and the citizens' messages in them.
	 */
	Map<PlatformPost, CommentCount> counts(Collection<PlatformPost> posts);

	record CommentCount(int conversations, int comments) {
	}

}
