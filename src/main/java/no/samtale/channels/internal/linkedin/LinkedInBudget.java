package no.samtale.channels.internal.linkedin;

import java.time.Instant;

import org.springframework.stereotype.Component;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.internal.connect.AccountBudget;

/**
 * LinkedIn limits calls per member and application per day, reset at midnight UTC; it does not say what is left,
 * so Samtale counts ({@value #DAILY} calls a day per organization, well inside the Community Management limits) and
 * a 429 opens the breaker until midnight (the default of {@link #refusedUntil}).
 */
@Component
class LinkedInBudget extends AccountBudget {

	static final int DAILY = 1000;

	LinkedInBudget() {
		super(ConnectorKind.LINKEDIN, DAILY);
	}

	@Override
	public Instant nextReset(Instant now) {
		return LinkedInFailures.nextMidnightUtc(now);
	}

}
