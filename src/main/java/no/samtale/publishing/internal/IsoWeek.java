package no.samtale.publishing.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.samtale.platform.InvalidInputException;

/** An ISO week such as {@code 2026-W49}: Monday to Sunday, in Norwegian calendar days. */
record IsoWeek(int year, int week) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

	static IsoWeek parse(String text) {
		Matcher matcher = FORMAT.matcher(text == null ? "" : text);
		if (!matcher.matches()) {
			throw new InvalidInputException("isoWeek", "Must be an ISO week such as 2026-W49");
		}
		int year = Integer.parseInt(matcher.group(1));
		int week = Integer.parseInt(matcher.group(2));
		LocalDate fourth = LocalDate.of(year, 1, 4);
		if (year < 2000 || year > 2100 || week < 1 || week > fourth.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
			throw new InvalidInputException("isoWeek", "No such week");
		}
		return new IsoWeek(year, week);
	}

	static IsoWeek of(LocalDate day) {
		return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	LocalDate monday() {
		return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	LocalDate sunday() {
		return monday().plusDays(6);
	}

	IsoWeek previous() {
		return of(monday().minusDays(7));
	}

	@Override
	public String toString() {
		return "%d-W%02d".formatted(year, week);
	}

}
