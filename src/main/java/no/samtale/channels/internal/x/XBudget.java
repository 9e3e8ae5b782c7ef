package no.samtale.channels.internal.x;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.internal.connect.AccountBudget;

/**
 * X limits each user's calls per 15-minute window ({@value #LIMIT} is the smallest window of the endpoints Samtale
 * reads, the mentions timeline's), so each account has a budget of its own. X's answers say what is really left
 * ({@code x-rate-limit-remaining} and {@code -reset}), which {@link XApi} passes on; a 429 opens the breaker until
 * the reset X named, a 402 (pay-per-use credits exhausted) for {@link #CREDITS_PAUSE}, since X does not say when
 * credits come back.
 */
@Component
class XBudget extends AccountBudget {

	static final int LIMIT = 180;

	static final Duration CREDITS_PAUSE = Duration.ofHours(1);

	XBudget() {
		super(ConnectorKind.X, LIMIT);
	}

	@Override
	public Instant nextReset(Instant now) {
		Instant quarter = now.truncatedTo(ChronoUnit.HOURS);
		while (!quarter.isAfter(now)) {
			quarter = quarter.plus(15, ChronoUnit.MINUTES);
		}
		return quarter;
	}

	@Override
	public Instant refusedUntil(int status, Instant namedReset, Instant now) {
		if (status == 402 || status == 429 && namedReset == null) {
			return now.plus(CREDITS_PAUSE);
		}
		return status == 429 ? namedReset : null;
	}

}
