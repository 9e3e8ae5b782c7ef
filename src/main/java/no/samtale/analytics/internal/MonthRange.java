package no.samtale.analytics.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import no.samtale.platform.InvalidInputException;

/** A range of months, both ends included: never backwards, never longer than five years. */
record MonthRange(YearMonth from, YearMonth to) {

	/** Parses {@code from}/{@code to} (YYYY-MM); missing ends default to the twelve months up to this one. */
	static MonthRange parse(String from, String to) {
		YearMonth end = to == null || to.isBlank() ? YearMonth.from(Oslo.today()) : month("to", to);
		YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : month("from", from);
		if (end.isBefore(start)) {
			throw new InvalidInputException("to", "The end of the range is before its start");
		}
		if (end.isAfter(start.plusYears(DateRange.MAX_YEARS))) {
			throw new InvalidInputException("from", "A range may span at most five years");
		}
		return new MonthRange(start, end);
	}

	List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	private static YearMonth month(String field, String value) {
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "A month as YYYY-MM");
		}
	}

}
