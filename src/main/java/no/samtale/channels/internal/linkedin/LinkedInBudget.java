package no.samtale.channels.internal.linkedin;

import java.time.Instant;

import org.springframework.stereotype.Component;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.internal.connect.BudgetPolicy;

/**
 * LinkedIn limits calls per member and application per day, reset at midnight UTC; it does not say what is left,
 * so Samtale counts ({@value #DAILY} calls a day per organization, well inside the Community Management limits) and
 * a 429 opens the breaker until midnight.
 */
@Component
class LinkedInBudget implements BudgetPolicy {

	static final int DAILY = 1000;

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.LINKEDIN;
	}

	@Override
	public String key(long accountId) {
		return "LINKEDIN:" + accountId;
	}

	@Override
	public int limit() {
		return DAILY;
	}

	@Override
	public Instant nextReset(Instant now) {
		return LinkedInFailures.nextMidnightUtc(now);
	}

}
