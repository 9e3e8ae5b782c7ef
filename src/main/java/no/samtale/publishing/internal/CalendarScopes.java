package no.samtale.publishing.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.identity.CurrentUser;
import no.samtale.publishing.Themes;

/** A calendar request's scope for its caller: only the accounts of the caller's teams (all for an admin). */
@Component
class CalendarScopes {

	private final Accounts accounts;

	private final Themes themes;

	CalendarScopes(Accounts accounts, Themes themes) {
		this.accounts = accounts;
		this.themes = themes;
	}

	CalendarScope of(LocalDate from, LocalDate to, @Nullable Long accountId, @Nullable Long themeId,
			@Nullable Long authorId, CurrentUser user) {
		List<Account> shown = accounts.ofTeams(themes.teamsOf(user))
			.stream()
			.filter(account -> accountId == null || account.id() == accountId)
			.toList();
		return CalendarScope.of(from, to, shown, themeId, authorId);
	}

}
