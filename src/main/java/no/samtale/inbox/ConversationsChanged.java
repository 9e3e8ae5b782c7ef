package no.samtale.inbox;

import java.util.List;

/**
 * Many conversations of one team changed in one transaction and are now in one status, none of them about a reply
 * (a burst of citizens' messages threaded together): one event instead of one {@link ConversationChanged} each, so a
 * listener follows them in one transaction of its own and the event registry keeps one publication per listener for
 * the batch. A listener treats it exactly as the same {@link ConversationChanged}s one after the other
 * ({@link #each()}). It carries ids only, at most {@value #MAX_IDS}, so that it fits the event registry's column on
 * every database.
 */
public record ConversationsChanged(long teamId, ConversationStatus status, List<Long> conversationIds) {

	public static final int MAX_IDS = 250;

	public ConversationsChanged {
		conversationIds = List.copyOf(conversationIds);
		if (conversationIds.size() > MAX_IDS) {
			throw new IllegalArgumentException("At most " + MAX_IDS + " conversations in one event");
		}
	}

	/** The batch as the events of its conversations, one by one. */
	public List<ConversationChanged> each() {
		return conversationIds.stream().map(id -> new ConversationChanged(id, teamId, status, null)).toList();
	}

}
