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

	private final boolean permanent;

	private final Duration retryAfter;

	private final String trace;

	private final boolean credentialsRejected;

	private final boolean outcomeUnknown;

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
	}

	/** The request went out and no answer came back (a timeout, a broken connection): it may have been carried out. */
	public static DeliveryFailure outcomeUnknown(String message) {
		return new DeliveryFailure(message, false, null, null, false, true);
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
