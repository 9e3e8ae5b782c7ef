package no.samtale.channels.internal.x;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.internal.connect.BudgetPolicy;

/**
 * X limits each user's calls per 15-minute window ({@value #LIMIT} is the smallest window of the endpoints Samtale
 * reads, the mentions timeline's), so each account has a budget of its own. X's answers say what is really left
 * ({@code x-rate-limit-remaining} and {@code -reset}), which {@link XApi} passes on; a 429 or a 402 (pay-per-use
 * credits exhausted) opens the breaker until the reset.
 */
@Component
class XBudget implements BudgetPolicy {

	static final int LIMIT = 180;

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.X;
	}

	@Override
	public String key(long accountId) {
		return "X:" + accountId;
	}

	@Override
	public int limit() {
		return LIMIT;
	}

	@Override
	public Instant nextReset(Instant now) {
		Instant quarter = now.truncatedTo(ChronoUnit.HOURS);
		while (!quarter.isAfter(now)) {
			quarter = quarter.plus(15, ChronoUnit.MINUTES);
		}
		return quarter;
	}

}
