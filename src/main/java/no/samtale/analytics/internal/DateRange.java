package no.samtale.analytics.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import no.samtale.platform.InvalidInputException;

/** A range of Norwegian days, both ends included: never backwards, never longer than five years. */
record DateRange(LocalDate from, LocalDate to) {

	static final int MAX_YEARS = 5;

	/** Parses {@code from}/{@code to} (YYYY-MM-DD); a missing end defaults to the last 30 days up to today. */
	static DateRange parse(String from, String to) {
		LocalDate end = to == null || to.isBlank() ? Oslo.today() : day("to", to);
		LocalDate start = from == null || from.isBlank() ? end.minusDays(29) : day("from", from);
		if (end.isBefore(start)) {
			throw new InvalidInputException("to", "The end of the range is before its start");
		}
		if (end.isAfter(start.plusYears(MAX_YEARS))) {
			throw new InvalidInputException("from", "A range may span at most five years");
		}
		return new DateRange(start, end);
	}

	private static LocalDate day(String field, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "A date as YYYY-MM-DD");
		}
	}

}
