package no.samtale.privacy.internal;

import no.samtale.privacy.FindingType;

/**
 * Norwegian identity numbers, eleven digits DDMMYY III K1 K2, checked on their date and control digits.
 *
 * <p>Classification, since one number can carry two markers:
 * <ul>
 * <li>month + 80 (81–92): {@link FindingType#SYNTHETIC_ID}, Skatteetaten's Tenor test numbers, with or without
 * day + 40;</li>
 * <li>day + 40 and month + 40: {@link FindingType#SYNTHETIC_ID}, NAV's Dolly/Testnorge test D-numbers (real H-numbers
 * are given to people without a known number, so they never carry a D-number's day);</li>
 * <li>month + 40 (41–52) alone: {@link FindingType#H_NUMBER}. Dolly's synthetic fødselsnummer use the same marker and
 * are reported as H-numbers: the digits cannot tell them apart, and both must be hidden alike;</li>
 * <li>day + 40 (41–71): {@link FindingType#D_NUMBER};</li>
 * <li>otherwise {@link FindingType#NATIONAL_ID}.</li>
 * </ul>
 * The old H-number form (first digit + 8) is out of use and not recognised.
 *
 * <p>Control digits under either rule. The rule in force: K1 = 11 − (3,7,6,1,8,9,4,5,2 · first nine digits mod 11),
 * K2 = 11 − (5,4,3,2,7,6,5,4,3,2 · first ten mod 11), 11 meaning 0 and 10 meaning no valid number. Folding K1 in
 * with weight 1, the first check is "3,7,6,1,8,9,4,5,2,1 · first ten digits ≡ 0 (mod 11)". The rule from 2032
 * (Skatteetaten, "Nye fødselsnummer og d-nummer fra 2032", skatteetaten.no/deling/opplysninger/folkeregisteropplysninger/pid:
 * "Ny kontrollberegning vil akseptere 0, 1, 2 og 3 som gyldige verdier") accepts that sum ≡ 0, 1, 2 or 3, with K2
 * unchanged. The new rule thus contains the old one, and one test serves both.
 *
 * <p>The date must exist. The century cannot be read from the individual number once the 2032 numbers are issued
 * (they are assigned without regard to it), so 29 February is accepted in any year divisible by four, 00 included
 * (2000 was a leap year).
 */
public final class IdentityNumbers {

	private static final int[] FIRST = { 3, 7, 6, 1, 8, 9, 4, 5, 2, 1 };

	private static final int[] SECOND = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

	private static final int[] DAYS_IN_MONTH = { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	private IdentityNumbers() {
	}

	/** The kind of identity number the eleven digits {@code d} are, or null when they are none. */
	public static FindingType classify(int[] d) {
		int day = d[0] * 10 + d[1];
		int month = d[2] * 10 + d[3];
		int year = d[4] * 10 + d[5];
		boolean dNumber = day > 40;
		int monthOffset = month > 80 ? 80 : month > 40 ? 40 : 0;
		if (!validDate(dNumber ? day - 40 : day, month - monthOffset, year) || !validControlDigits(d)) {
			return null;
		}
		if (monthOffset == 80 || (monthOffset == 40 && dNumber)) {
			return FindingType.SYNTHETIC_ID;
		}
		return monthOffset == 40 ? FindingType.H_NUMBER : dNumber ? FindingType.D_NUMBER : FindingType.NATIONAL_ID;
	}

	/** Whether K1 fits the rule in force or the 2032 rule, and K2 fits its (unchanged) rule. */
	public static boolean validControlDigits(int[] d) {
		int first = 0;
		int second = 0;
		for (int i = 0; i < 10; i++) {
			first += FIRST[i] * d[i];
			second += SECOND[i] * d[i];
		}
		return first % 11 <= 3 && ModEleven.controlDigit(second) == d[10];
	}

	/** Whether the first control digit fits the rule in force (first sum ≡ 0), not only the 2032 rule. */
	public static boolean validUnderTheRuleInForce(int[] d) {
		int first = 0;
		for (int i = 0; i < 10; i++) {
			first += FIRST[i] * d[i];
		}
		return first % 11 == 0;
	}

	/** Whether the first eight digits of {@code d} read as DDMMYYYY or YYYYMMDD in 1900–2099. */
	static boolean eightDigitsReadAsDate(int[] d) {
		int a = d[0] * 10 + d[1];
		int b = d[2] * 10 + d[3];
		int c = d[4] * 10 + d[5];
		int e = d[6] * 10 + d[7];
		return (c == 19 || c == 20) && validDate(a, b, e) || (a == 19 || a == 20) && validDate(e, c, b);
	}

	static boolean validDate(int day, int month, int year) {
		if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]) {
			return false;
		}
		return month != 2 || day != 29 || year % 4 == 0;
	}

}
