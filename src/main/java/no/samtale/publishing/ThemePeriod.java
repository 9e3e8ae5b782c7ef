package no.samtale.publishing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import no.samtale.platform.InvalidInputException;

/**
 * When in the year a theme comes back: months 1-12 or ISO weeks 1-53, from and to inclusive, read in Norwegian
 * time. A period may wrap over new year ({@code from} 11 {@code to} 2): it then starts in the given year and ends in
 * the next.
 */
public record ThemePeriod(Unit unit, int from, int to) {

	public enum Unit {
		MONTHS, WEEKS
	}

	/** Checks a period from outside, naming the field {@code period} when it is not months or weeks of a year. */
	public static ThemePeriod of(String unit, Integer from, Integer to) {
		Unit parsed;
		try {
			parsed = Unit.valueOf(unit == null ? "" : unit.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("period.unit", "Must be MONTHS or WEEKS");
		}
		int last = parsed == Unit.MONTHS ? 12 : 53;
		if (from == null || from < 1 || from > last) {
			throw new InvalidInputException("period.from", "Must be from 1 to " + last);
		}
		if (to == null || to < 1 || to > last) {
			throw new InvalidInputException("period.to", "Must be from 1 to " + last);
		}
		return new ThemePeriod(parsed, from, to);
	}

	/** The first day of the period in the given year. */
	public LocalDate startsIn(int year) {
		return unit == Unit.MONTHS ? LocalDate.of(year, from, 1) : monday(year, from);
	}

	/** The last day of the period that starts in the given year (in the next year when it wraps). */
	public LocalDate endsIn(int year) {
		int endYear = to < from ? year + 1 : year;
		if (unit == Unit.MONTHS) {
			return YearMonth.of(endYear, to).atEndOfMonth();
		}
		return monday(endYear, to).plusDays(6);
	}

	/** Whether the day falls in the period (of this year's or last year's turn, for a period that wraps). */
	public boolean covers(LocalDate day) {
		int value = unit == Unit.MONTHS ? day.getMonthValue() : day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		return from <= to ? value >= from && value <= to : value >= from || value <= to;
	}

	/** The Monday of ISO week {@code week} of the week-based year; week 53 of a 52-week year is its last week. */
	private static LocalDate monday(int year, int week) {
		LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
		long weeks = fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
		return fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, weeks))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
