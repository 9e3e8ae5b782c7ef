package no.samtale.channels;

import java.time.Instant;
import java.util.List;

/**
 * Many new external messages of one account and kind, stored in one transaction (a connector's bulk intake): one
 * event instead of one {@link InboundReceived} each, so a listener handles them together, in one transaction of its
 * own, and the event registry keeps one publication per listener for the batch. Each message is in it once; a
 * listener treats it exactly as the same {@link InboundReceived}s one after the other ({@link #each()}). It carries
 * ids only, at most {@value #MAX_IDS} of them, so that it fits the event registry's column on every database.
 */
public record InboundBatchReceived(long accountId, Visibility kind, Instant receivedAt, List<Long> inboundIds) {

	public static final int MAX_IDS = 250;

	public InboundBatchReceived {
		inboundIds = List.copyOf(inboundIds);
		if (inboundIds.size() > MAX_IDS) {
			throw new IllegalArgumentException("At most " + MAX_IDS + " messages in one event");
		}
	}

	/** The batch as the events of its messages, one by one. */
	public List<InboundReceived> each() {
		return inboundIds.stream().map(id -> new InboundReceived(id, accountId, kind, receivedAt)).toList();
	}

}
