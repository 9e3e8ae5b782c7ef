package no.samtale.teams;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;

/**
 * When a team's accounts are open on a day of the week, in Norwegian time: the duty roster's shifts must lie within
 * them. Implemented by the module that owns the accounts (channels), so teams need not know accounts.
 */
public interface TeamOpeningHours {

	/** From the earliest opening to the latest closing of the team's accounts that day; empty when none is open. */
	Optional<Hours> on(long teamId, DayOfWeek day);

	/** Empty when the team has no accounts yet: then the roster takes any hours. */
	boolean hasAccounts(long teamId);

	record Hours(LocalTime opens, LocalTime closes) {
	}

}
