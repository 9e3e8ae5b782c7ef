package no.samtale.channels.internal;

import java.time.Duration;
import java.time.Instant;

import no.samtale.channels.OutboxEntry.State;

/**
 * How an outbox entry moves, as rules: PENDING until an attempt claims it, IN_FLIGHT from the moment an attempt
 * starts (recorded before the platform is called), then SENT, or back to PENDING for another attempt, or FAILED.
 * An entry found IN_FLIGHT by a new attempt was left by a process that died during the call: whether it reached the
 * platform is unknown, as it is after a call that got no answer. The SQL that writes a state is guarded by the
 * state it expects, so two attempts never both move one entry.
 */
public final class OutboxStates {

	/** Attempts before an entry fails for good. */
	public static final int MAX_ATTEMPTS = 8;

	/**
	 * How long an attempt's call to a platform can last (connecting and the answer; the Meta client's limits),
	 * so that after it an interrupted attempt is certainly over on our side.
	 */
	public static final Duration LONGEST_CALL = Duration.ofSeconds(25);

	private OutboxStates() {
	}

	/**
	 * SENT, FAILED and CANCELLED are final; no attempt touches them (a failed one is retried only by a person, a
	 * cancelled one never).
	 */
	public static boolean aFinishedEntryIsNeverSentAgain(State state) {
		return state == State.SENT || state == State.FAILED || state == State.CANCELLED;
	}

	/** An attempt that started and never finished, or one whose call got no answer, may have reached the platform. */
	public static boolean theOutcomeIsUnknown(State state, boolean lastOutcomeUnknown) {
		return state == State.IN_FLIGHT || lastOutcomeUnknown;
	}

	/**
	 * An attempt left in flight is looked up on the platform only once its call is certainly over: until then a
	 * process that is slow rather than dead may still be waiting for the platform's answer.
	 */
	public static Instant anInterruptedAttemptIsLookedUpAfter(Instant attemptStartedAt) {
		return attemptStartedAt.plus(LONGEST_CALL);
	}

	/** After a failed attempt: FAILED when the platform refused for good or the attempts are spent, else PENDING. */
	public static State afterAFailure(boolean permanent, int attempts) {
		return permanent || attempts >= MAX_ATTEMPTS ? State.FAILED : State.PENDING;
	}

	/** A person may send again only what failed for good. */
	public static boolean onlyAFailedEntryCanBeRetried(State state) {
		return state == State.FAILED;
	}

}
