package no.samtale.channels.internal.x;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import no.samtale.channels.DeliveryFailure;

/**
 * What X lets each account do now, from its answers: per endpoint the {@code x-rate-limit-remaining} and the
 * {@code x-rate-limit-reset} time (Unix seconds); when none remain, calls wait for the reset instead of drawing a
 * 429. A 402 means the app's pay-per-use credits are exhausted: every call of the account waits
 * {@value #CREDITS_PAUSE_MINUTES} minutes (a circuit breaker) rather than being refused one by one.
 */
@Component
class XBudget {

	static final long CREDITS_PAUSE_MINUTES = 60;

	record Window(int remaining, Instant reset) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final Map<Long, Instant> creditsUntil = new ConcurrentHashMap<>();

	void observe(long accountId, String endpoint, String remaining, String reset, Instant now) {
		if (remaining == null || reset == null) {
			return;
		}
		try {
			windows.put(accountId + " " + endpoint,
					new Window(Integer.parseInt(remaining.trim()), Instant.ofEpochSecond(Long.parseLong(reset.trim()))));
		}
		catch (NumberFormatException garbled) {
			// A header that is no number tells nothing; the next answer will.
		}
	}

	void creditsExhausted(long accountId, Instant now) {
		creditsUntil.put(accountId, now.plus(Duration.ofMinutes(CREDITS_PAUSE_MINUTES)));
	}

	/** The earliest time a call to the endpoint may go out, or null when it may now. */
	Instant notBefore(long accountId, String endpoint) {
		Instant now = Instant.now();
		Instant credits = creditsUntil.get(accountId);
		if (credits != null && credits.isAfter(now)) {
			return credits;
		}
		Window window = windows.get(accountId + " " + endpoint);
		if (window != null && window.remaining() <= 0 && window.reset().isAfter(now)) {
			return window.reset();
		}
		return null;
	}

	/** What is left of the endpoint's window, for the account page; null when X has not said yet. */
	Window window(long accountId, String endpoint) {
		return windows.get(accountId + " " + endpoint);
	}

	boolean creditsExhausted(long accountId) {
		Instant credits = creditsUntil.get(accountId);
		return credits != null && credits.isAfter(Instant.now());
	}

	void check(long accountId, String endpoint) throws DeliveryFailure {
		Instant until = notBefore(accountId, endpoint);
		if (until != null) {
			throw new DeliveryFailure(creditsExhausted(accountId) ? "X's pay-per-use credits are exhausted"
					: "X's rate limit for " + endpoint + " is used up until its reset", false,
					Duration.between(Instant.now(), until), null, false);
		}
	}

}
