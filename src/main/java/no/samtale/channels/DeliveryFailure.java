package no.samtale.channels;

import java.time.Duration;

/**
 * A connector could not deliver. A transient failure is retried with backoff (no sooner than {@code retryAfter}
 * when the platform says when); a permanent one is shown to the advisor. {@code trace} keeps the platform's own
 * reference (Meta's fbtrace_id) for support cases.
 */
public class DeliveryFailure extends Exception {

	private final boolean permanent;

	private final Duration retryAfter;

	private final String trace;

	private final boolean credentialsRejected;

	public DeliveryFailure(String message, boolean permanent, Duration retryAfter, String trace,
			boolean credentialsRejected) {
		super(message);
		this.permanent = permanent;
		this.retryAfter = retryAfter;
		this.trace = trace;
		this.credentialsRejected = credentialsRejected;
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

	/** The platform refused the account's token: the account needs reconnecting. */
	public boolean credentialsRejected() {
		return credentialsRejected;
	}

}
