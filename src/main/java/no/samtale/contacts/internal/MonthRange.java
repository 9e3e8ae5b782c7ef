package no.samtale.contacts.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import no.samtale.platform.InvalidInputException;

/**
 * A period of whole months for figures: {@code from} and {@code to} are days, read as the months they fall in. The
 * default is the last twelve months up to this one; more than three years is refused, so one request stays small.
 */
record MonthRange(LocalDate from, LocalDate to) {

	private static final int MOST_MONTHS = 36;

	static MonthRange of(LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(ContactLog.OSLO);
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? YearMonth.from(end).minusMonths(11).atDay(1) : from;
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "'from' is after 'to'");
		}
		if (YearMonth.from(start).plusMonths(MOST_MONTHS).isBefore(YearMonth.from(end).plusMonths(1))) {
			throw new InvalidInputException("to", "At most " + MOST_MONTHS + " months at a time");
		}
		return new MonthRange(start, end);
	}

	String firstMonth() {
		return YearMonth.from(from).toString();
	}

	String lastMonth() {
		return YearMonth.from(to).toString();
	}

	List<String> months() {
		List<String> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			months.add(m.toString());
		}
		return months;
	}

}
