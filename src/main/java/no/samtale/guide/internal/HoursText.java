package no.samtale.guide.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import no.samtale.channels.OpeningHours;
import no.samtale.guide.internal.GuideDocument.Hours;

/** Opening hours as a citizen reads them, in their language: "mandag–fredag 09.00–15.00". */
final class HoursText {

	private static final String[] NB = { "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag" };

	private static final String[] NN = { "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "søndag" };

	private static final String[] EN = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

	private static final DateTimeFormatter NORWEGIAN_TIME = DateTimeFormatter.ofPattern("HH.mm");

	private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private HoursText() {
	}

	static Hours of(OpeningHours hours) {
		return new Hours(hours.days(), hours.opens(), hours.closes());
	}

	static String text(Hours hours, String lang) {
		String[] names = switch (lang) {
			case "nn" -> NN;
			case "en" -> EN;
			default -> NB;
		};
		DateTimeFormatter time = "en".equals(lang) ? ENGLISH_TIME : NORWEGIAN_TIME;
		String days = days(new TreeSet<>(hours.days()), names);
		return days + " " + time.format(hours.opens()) + "–" + time.format(hours.closes());
	}

	static boolean isOpen(Hours hours, Instant when) {
		ZonedDateTime local = when.atZone(OpeningHours.ZONE);
		LocalTime time = local.toLocalTime();
		return hours.days().contains(local.getDayOfWeek()) && !time.isBefore(hours.opens())
				&& time.isBefore(hours.closes());
	}

	/** Days in a row are written as a span (mandag–fredag), others one by one. */
	private static String days(Set<DayOfWeek> days, String[] names) {
		List<String> parts = new ArrayList<>();
		List<DayOfWeek> sorted = new ArrayList<>(days);
		int i = 0;
		while (i < sorted.size()) {
			int j = i;
			while (j + 1 < sorted.size() && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
				j++;
			}
			String first = names[sorted.get(i).getValue() - 1];
			parts.add(j - i >= 2 ? first + "–" + names[sorted.get(j).getValue() - 1]
					: j == i ? first : first + ", " + names[sorted.get(j).getValue() - 1]);
			i = j + 1;
		}
		return String.join(", ", parts);
	}

}
