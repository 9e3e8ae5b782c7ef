package no.samtale.contacts.internal;

import java.time.Month;
import java.time.YearMonth;

import no.samtale.contacts.ContactChannel;

/**
 * The demo's story of a year, as the seeds tell it: until April the office takes most contacts; from April the
 * offices send people to nav.no and the phone, phone queues grow and complaints about waiting with them; after the
 * summer the queues shrink, digital contact keeps growing, and the office spends its time on those who need it.
 */
enum ChannelShift {

	BEFORE, SHIFT, PEAK, SUMMER, SETTLED;

	static ChannelShift of(YearMonth month, YearMonth shiftStart) {
		if (month.isBefore(shiftStart)) {
			return BEFORE;
		}
		if (month.equals(shiftStart)) {
			return SHIFT;
		}
		if (!month.isAfter(shiftStart.plusMonths(2))) {
			return PEAK;
		}
		return month.getMonth() == Month.JULY ? SUMMER : SETTLED;
	}

	/** Contacts logged in a month of this phase, by channel. */
	int logged(ContactChannel channel) {
		int[] perChannel = switch (this) { // SELF_SERVICE, CHAT, SOCIAL, PHONE, OFFICE
			case BEFORE -> new int[] { 90, 70, 40, 60, 420 };
			case SHIFT -> new int[] { 200, 110, 50, 90, 260 };
			case PEAK -> new int[] { 280, 140, 55, 100, 210 };
			case SUMMER -> new int[] { 240, 120, 45, 60, 150 };
			case SETTLED -> new int[] { 380, 190, 70, 70, 210 };
		};
		return perChannel[channel.ordinal()];
	}

	/** Percent helped to self-service, referred (the rest needed follow-up) at the office. */
	int[] outcomes() {
		return switch (this) {
			case BEFORE -> new int[] { 25, 45 };
			case SHIFT, PEAK -> new int[] { 45, 40 };
			case SUMMER -> new int[] { 40, 30 };
			case SETTLED -> new int[] { 35, 25 };
		};
	}

	/** Calls a day per telephony line, answered, and the average wait in seconds. */
	int[] calls() {
		return switch (this) {
			case BEFORE -> new int[] { 12, 11, 150 };
			case SHIFT -> new int[] { 22, 15, 900 };
			case PEAK -> new int[] { 25, 16, 1300 };
			case SUMMER -> new int[] { 15, 13, 500 };
			case SETTLED -> new int[] { 18, 17, 300 };
		};
	}

	/** Complaints received in a month of this phase. */
	int complaints() {
		return switch (this) {
			case BEFORE -> 8;
			case SHIFT -> 24;
			case PEAK -> 28;
			case SUMMER -> 12;
			case SETTLED -> 10;
		};
	}

}
