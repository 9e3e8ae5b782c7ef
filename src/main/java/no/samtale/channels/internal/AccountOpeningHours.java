package no.samtale.channels.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.teams.TeamOpeningHours;

/** A team is open while any of its accounts is: from the earliest opening to the latest closing that day. */
@Component
class AccountOpeningHours implements TeamOpeningHours {

	private final Accounts accounts;

	AccountOpeningHours(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<Hours> on(long teamId, DayOfWeek day) {
		List<Account> open = accounts.ofTeams(List.of(teamId))
			.stream()
			.filter(account -> account.openingHours().days().contains(day))
			.toList();
		if (open.isEmpty()) {
			return Optional.empty();
		}
		LocalTime opens = open.stream().map(a -> a.openingHours().opens()).min(Comparator.naturalOrder()).orElseThrow();
		LocalTime closes = open.stream().map(a -> a.openingHours().closes()).max(Comparator.naturalOrder()).orElseThrow();
		return Optional.of(new Hours(opens, closes));
	}

	@Override
	public boolean hasAccounts(long teamId) {
		return !accounts.ofTeams(List.of(teamId)).isEmpty();
	}

}
