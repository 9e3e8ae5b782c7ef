package no.samtale.publishing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Account;
import no.samtale.platform.InvalidInputException;

/**
 * What one calendar request covers: the Norwegian days from {@code from} to {@code to} (both included, at most 93),
 * the caller's accounts it shows, and optionally a theme and an author. The days are Europe/Oslo days, so a day is
 * 23 or 25 hours long when the clocks change; their boundaries are computed here, not in SQL, and handed to the
 * queries as instants (the same on H2 and PostgreSQL).
 */
record CalendarScope(LocalDate from, LocalDate to, List<Account> accounts, @Nullable Long themeId,
		@Nullable Long authorId) {

	static final int MAX_DAYS = 93;

	static CalendarScope of(LocalDate from, LocalDate to, List<Account> accounts, @Nullable Long themeId,
			@Nullable Long authorId) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "Must not be before from");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new InvalidInputException("to", "At most " + MAX_DAYS + " days at a time");
		}
		return new CalendarScope(from, to, accounts, themeId, authorId);
	}

	List<Long> accountIds() {
		return accounts.stream().map(Account::id).toList();
	}

	/** Whether only some of the posts are asked for (by theme or author): the daily targets count them all. */
	boolean filtered() {
		return themeId != null || authorId != null;
	}

	Instant starts() {
		return from.atStartOfDay(Calendar.OSLO).toInstant();
	}

	Instant ends() {
		return to.plusDays(1).atStartOfDay(Calendar.OSLO).toInstant();
	}

	/** Every day of the scope, in order; a day's number in the queries is its index here. */
	List<LocalDate> days() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.add(day);
		}
		return days;
	}

}
