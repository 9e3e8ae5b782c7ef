package no.samtale.channels.internal.connect;

import java.time.Duration;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;

/**
 * A connector that reads what is new by asking the platform (YouTube has no webhooks; X and LinkedIn poll beside
 * their webhooks, since webhooks stop silently). {@link Polling} calls {@link #poll} for one account at a time, on one
 * node (a lease), as often as the account's budget allows and never more often than {@link #shortestInterval()}.
 * A poll that reads pages of items behind a cursor walks them with {@link PollPages}.
 */
public interface PollingConnector {

	ConnectorKind kind();

	/** The shortest time between two polls of one account. */
	Duration shortestInterval();

	/** The budget units one poll costs (at least one page read), used to space polls within the budget. */
	default int unitsPerPoll() {
		return 1;
	}

	/**
	 * Reads what arrived since {@code cursor} (null on the first poll) and hands it to the {@code Intake}; answers the
	 * cursor to start from next time. The cursor is the connector's own, opaque here: a since_id, a time watermark
	 * with the ids seen at it, a page token. Throwing leaves the cursor as it was: the next poll reads again, and
	 * the intake's deduplication makes what was already stored arrive once.
	 */
	String poll(Connection connection, String cursor) throws DeliveryFailure;

	/** Polling again after a failure waits at least this long. */
	default Duration backoff() {
		return Duration.ofMinutes(1);
	}

}
