package no.samtale.inbox;

import java.time.Instant;
import java.util.List;

import no.samtale.channels.Visibility;

/**
 * The inbox's messages in the order of their ids, for a module that follows them with a cursor of its own instead
 * of a listener per message (analytics counts comments and new conversations from it in batches). Facts only, never
 * text. Ids are handed out when a message is inserted, not when it commits, so a reader must allow for a lower id
 * that becomes visible after a higher one (or never, when its transaction rolled back).
 */
public interface InboxMessageFeed {

	/**
	 * One message: from the citizen ({@code citizen}) or a reply that went out, in its conversation's team and account
	 * at the time of reading; {@code at} is when a citizen's message reached Samtale (or a reply was logged).
	 */
	record Logged(long id, long conversationId, long teamId, long accountId, boolean citizen, Visibility visibility,
			Instant at) {
	}

	/** At most {@code max} messages with ids above {@code afterId}, lowest id first, as far as they are committed. */
	List<Logged> after(long afterId, int max);

	/**
	 * The ids alone of at most {@code max} committed messages above {@code afterId}, lowest first: what a reader needs
	 * to pass a message it cannot read or count, since reading it whole is what may fail.
	 */
	List<Long> idsAfter(long afterId, int max);

	/** The highest id handed out so far to a committed message, 0 when there is none. */
	long last();

}
