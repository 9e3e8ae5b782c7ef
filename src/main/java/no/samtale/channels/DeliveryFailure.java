package no.samtale.channels;

import java.time.Duration;

/**
 * A connector could not deliver. A transient failure is retried with backoff (no sooner than {@code retryAfter}
 * when the platform says when); a permanent one is shown to the advisor. {@code trace} keeps the platform's own
 * reference (Meta's fbtrace_id) for support cases. A failure whose {@link #outcomeUnknown() outcome is unknown} (the
 * request went out but no answer came back) may have been carried out: the outbox asks the platform before it
 * delivers again.
 */
public class DeliveryFailure extends Exception {

	/**
	 * Why, as a stable code the client words in the reader's language; the message stays technical (English, for
	 * the log and for programs) and never reaches a page as it is.
	 */
	public enum Reason {
		/** The server lacks what this platform needs (an app secret, a client id): an administrator's task. */
		NOT_CONFIGURED,
		/** The account is not connected to its platform yet (no page, no token). */
		NOT_CONNECTED,
		/** The platform refused the account's token: the account must be connected again. */
		CREDENTIALS_REJECTED,
		/** The platform refused this content or action (too long, not allowed, gone). */
		REFUSED_BY_PLATFORM,
		/** The platform asked us to wait (a rate limit, a quota, credits). */
		RATE_LIMITED,
		/** The platform or the network failed; another attempt may pass. */
		PLATFORM_UNAVAILABLE,
		/** No answer came back: the platform may have done it, and is asked before another attempt. */
		OUTCOME_UNKNOWN
	}

	private final boolean permanent;

	private final Duration retryAfter;

	private final String trace;

	private final boolean credentialsRejected;

	private final boolean outcomeUnknown;

	private Reason reason;

	public DeliveryFailure(String message, boolean permanent, Duration retryAfter, String trace,
			boolean credentialsRejected) {
		this(message, permanent, retryAfter, trace, credentialsRejected, false);
	}

	private DeliveryFailure(String message, boolean permanent, Duration retryAfter, String trace,
			boolean credentialsRejected, boolean outcomeUnknown) {
		super(message);
		this.permanent = permanent;
		this.retryAfter = retryAfter;
		this.trace = trace;
		this.credentialsRejected = credentialsRejected;
		this.outcomeUnknown = outcomeUnknown;
		this.reason = outcomeUnknown ? Reason.OUTCOME_UNKNOWN
				: credentialsRejected ? Reason.CREDENTIALS_REJECTED
				: permanent ? Reason.REFUSED_BY_PLATFORM
				: retryAfter != null ? Reason.RATE_LIMITED : Reason.PLATFORM_UNAVAILABLE;
	}

	/** This server is not set up for the platform; retrying will not help until an administrator sets it up. */
	public static DeliveryFailure notConfigured(String message) {
		return permanent(message).because(Reason.NOT_CONFIGURED);
	}

	/** Says why more precisely than the kind of failure does (a 429 that is permanent for the day, say). */
	public DeliveryFailure because(Reason why) {
		this.reason = why;
		return this;
	}

	public Reason reason() {
		return reason;
	}

	/** The request went out and no answer came back (a timeout, a broken connection): it may have been carried out. */
	public static DeliveryFailure outcomeUnknown(String message) {
		return new DeliveryFailure(message, false, null, null, false, true);
	}

	/**
	 * As above, for a platform that shows what it did only after a while (YouTube lists an upload among the
	 * channel's videos some time after taking it): the platform is asked no sooner than {@code lookAfter}.
	 */
	public static DeliveryFailure outcomeUnknown(String message, Duration lookAfter) {
		return new DeliveryFailure(message, false, lookAfter, null, false, true);
	}

	public static DeliveryFailure transientFailure(String message) {
		return new DeliveryFailure(message, false, null, null, false);
	}

	public static DeliveryFailure permanent(String message) {
		return new DeliveryFailure(message, true, null, null, false);
	}

	public boolean permanent() {
		return permanent;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	public String trace() {
		return trace;
	}

	public boolean outcomeUnknown() {
		return outcomeUnknown;
	}

	/** The platform refused the account's token: the account needs reconnecting. */
	public boolean credentialsRejected() {
		return credentialsRejected;
	}

}
