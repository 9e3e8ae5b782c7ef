package no.samtale.channels.internal.hooks;

import no.samtale.channels.Platform;

/**
 * Reads one stored webhook delivery of its platform and hands what it holds to the intake. Runs inside a
 * transaction; a runtime exception leaves the delivery to be tried again later (at most a few times).
 */
public interface HookProcessor {

	Platform platform();

	/** What came of the delivery: the event type it had (may be null) and how it ended. */
	record Outcome(HookDeliveries.State state, String eventType, String note) {

		public static Outcome processed(String eventType) {
			return new Outcome(HookDeliveries.State.PROCESSED, eventType, null);
		}

		/** An event type Samtale does not handle: kept, never an error, never retried. */
		public static Outcome skipped(String eventType) {
			return new Outcome(HookDeliveries.State.SKIPPED, eventType, "Event type not handled");
		}

		public static Outcome unroutable(String eventType) {
			return new Outcome(HookDeliveries.State.UNROUTABLE, eventType, "No connected account is addressed");
		}

		public static Outcome failed(String eventType, String why) {
			return new Outcome(HookDeliveries.State.FAILED, eventType, why);
		}

	}

	Outcome process(String payload);

}
