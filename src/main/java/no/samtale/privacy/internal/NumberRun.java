package no.samtale.privacy.internal;

import java.util.Arrays;
import java.util.List;

import no.samtale.privacy.Finding;
import no.samtale.privacy.FindingType;

/**
 * One run of digits as written, split into chunks, and the numbers found in it.
 *
 * <p>A chunk is digit groups joined by a tight separator ('.', ',', '-', '/', ':') that has a digit on both sides:
 * "1234.56.78903", "01.01.2024", "2023/123456", "12,5". Chunks joined by one space (or no-break space) form a run:
 * "123 45 678", "010170 12345", "12 500". A separator with a digit on both sides therefore makes a longer run: no
 * eleven digits are read out of "2023/01017012345" or "01017012345.5", while a full stop or comma that ends a
 * sentence does not count. A run glued to a letter on either side ("fnr01017012345", "22334455kr") gives nothing
 * at that side.
 *
 * <p>Patterns, tried at each chunk from the left, first match wins:
 * <ol>
 * <li>phone with +47 or 0047, apart or attached;</li>
 * <li>eleven digits, whole, "DDMMYY IIIKK", "DDMMYY-IIIKK", "DD.MM.YY IIIKK", "DD.MM.YY-IIIKK", "AAAA.BB.CCCCC" or
 * "AAAA BB CCCCC": an identity number when valid as
 * one (whatever the words around it, recall first; the one exception: a number valid only under the 2032 rule,
 * written as an account or after "konto", is the account it most likely is), else a bank account when the mod-11 digit fits and no word
 * before marks a KID, case, invoice or organisation number, an amount, or an identity number ("fnr 31027012345"
 * with an impossible date is a mistyped identity number, though its last digit passes the account check, which
 * uses the same weights as K2), and a probable (mistyped) identity number when it is neither but introduced as an
 * identity number ("fnr", "fødselsnummeret mitt er");</li>
 * <li>phone: eight digits starting 2–9, or "123 45 678", or "12 34 56 78".</li>
 * </ol>
 * Phone precision trade-off: eight digits are also amounts, case and order numbers. Without a +47 prefix, a phone
 * number is skipped after a word for an amount or a reference ("kr", "saksnummer", "KID", "kontonummer", …),
 * before "kr"/"kroner"/",-", when the eight digits read as a date (DDMMYYYY or YYYYMMDD, 1900–2099), and in spaced
 * form when other digit chunks are written right next to it ("12 34 56 78 90"). So a real phone number that
 * happens to read as a date, or is written right after "sak", is missed (about 0.1 % of numbers for the date rule).
 */
final class NumberRun {

	private final CharSequence text;

	private final int n;

	private final List<Finding> findings;

	private final int[] digits = new int[11];

	private int count;

	private int[] start = new int[8];

	private int[] end = new int[8];

	private int[] digitCount = new int[8];

	private boolean[] simple = new boolean[8];

	private boolean[] dottedAccount = new boolean[8];

	/** The groups' lengths of a chunk joined only by dots or dashes, as hex digits ("08.02.89-44382" is 0x2225), or 0. */
	private int[] apart = new int[8];

	private boolean leftOpen;

	private boolean rightOpen;

	NumberRun(CharSequence text, List<Finding> findings) {
		this.text = text;
		this.n = text.length();
		this.findings = findings;
	}

	/** Reads the run starting at the digit at {@code from}, reports what it holds and returns where it ends. */
	int scan(int from) {
		int to = read(from);
		for (int j = 0; j < count;) {
			j += Math.max(1, matchAt(j));
		}
		return to;
	}

	private int read(int from) {
		count = 0;
		int p = from;
		while (true) {
			grow();
			int chunkStart = p;
			int total = 0;
			// The digit groups' lengths as hex digits, "1234.56.78903" is 0x425, capped at five groups.
			int shape = 0;
			char separator = 0;
			boolean dotsAndDashes = true;
			while (true) {
				int q = p;
				while (q < n && isDigit(text.charAt(q))) {
					q++;
				}
				shape = shape < 0x10000 ? shape * 16 + Math.min(q - p, 15) : -1;
				total += q - p;
				p = q;
				if (p + 1 < n && isTight(text.charAt(p)) && isDigit(text.charAt(p + 1))) {
					separator = separator == 0 || separator == text.charAt(p) ? text.charAt(p) : '?';
					dotsAndDashes &= text.charAt(p) == '.' || text.charAt(p) == '-';
					p++;
				}
				else {
					break;
				}
			}
			start[count] = chunkStart;
			end[count] = p;
			digitCount[count] = total;
			simple[count] = shape >= 0 && shape < 16;
			dottedAccount[count] = separator == '.' && shape == 0x425;
			apart[count] = dotsAndDashes ? shape : 0;
			count++;
			if (p + 1 < n && isSpace(text.charAt(p)) && isDigit(text.charAt(p + 1))) {
				p++;
			}
			else {
				break;
			}
		}
		leftOpen = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
		rightOpen = p >= n || !Character.isLetterOrDigit(text.charAt(p)) && text.charAt(p) != '@';
		return p;
	}

	/** Reports the number starting at chunk {@code j}, if any, and returns how many chunks it took. */
	private int matchAt(int j) {
		if (j == 0 && !leftOpen) {
			return 0;
		}
		int used = prefixedPhone(j);
		if (used == 0) {
			used = elevenDigits(j);
		}
		return used > 0 ? used : phone(j, start[j], false);
	}

	private int elevenDigits(int j) {
		if (single(j, 11) && closed(j) || dottedAccount[j] && closed(j)) {
			return identityOrAccount(j, j, true);
		}
		if (single(j, 6) && single(j + 1, 5) && closed(j + 1)) {
			int used = identityOrAccount(j, j + 1, false);
			if (used > 0) {
				return used;
			}
		}
		if (single(j, 4) && single(j + 1, 2) && single(j + 2, 5) && closed(j + 2)) {
			return identityOrAccount(j, j + 2, true);
		}
		// An identity number written apart ("080289-44382", "08.02.89-44382", "08.02.89 44382") is never an account.
		if ((apart[j] == 0x65 || apart[j] == 0x2225) && closed(j)) {
			return identityOrAccount(j, j, false);
		}
		if (apart[j] == 0x222 && single(j + 1, 5) && closed(j + 1)) {
			return identityOrAccount(j, j + 1, false);
		}
		return 0;
	}

	private int identityOrAccount(int first, int last, boolean accountForm) {
		loadDigits(start[first], end[last]);
		FindingType type = IdentityNumbers.classify(digits);
		boolean account = accountForm && ModEleven.validAccount(digits)
				&& !NearbyWords.notAnAccountBefore(text, start[first]);
		if (type == null && account || type != null && account && meantAsAccount(first, last)
				&& !IdentityNumbers.validUnderTheRuleInForce(digits)) {
			type = FindingType.BANK_ACCOUNT;
		}
		if (type == null && !account && NearbyWords.introducesIdentityNumber(text, start[first])) {
			type = FindingType.PROBABLE_ID;
		}
		if (type == null) {
			return 0;
		}
		findings.add(new Finding(type, start[first], end[last]));
		return last - first + 1;
	}

	/**
	 * Written as an account ("1506.57.43512", "1506 57 43512") or after "konto"/"kontonummer". Decides only between
	 * an account and an identity number valid under the 2032 rule alone: that rule lets 4 in 11 account numbers with
	 * a date-like start pass as identity numbers, where the rule in force let 1 in 11.
	 */
	private boolean meantAsAccount(int first, int last) {
		return first != last || dottedAccount[first] || NearbyWords.accountBefore(text, start[first]);
	}

	private int prefixedPhone(int j) {
		if (!simple[j]) {
			return 0;
		}
		boolean plus = start[j] > 0 && text.charAt(start[j] - 1) == '+';
		int spanStart = plus ? start[j] - 1 : start[j];
		int prefix = plus && startsWith(j, "47") ? 2 : startsWith(j, "0047") ? 4 : 0;
		if (prefix == 0) {
			return 0;
		}
		if (digitCount[j] == prefix) {
			int used = j + 1 < count ? phone(j + 1, spanStart, true) : 0;
			return used > 0 ? used + 1 : 0;
		}
		if (digitCount[j] == prefix + 8 && closed(j) && subscriberStart(start[j] + prefix)) {
			findings.add(new Finding(FindingType.PHONE, spanStart, end[j]));
			return 1;
		}
		return 0;
	}

	private int phone(int j, int spanStart, boolean prefixed) {
		if (!subscriberStart(start[j])) {
			return 0;
		}
		int last = single(j, 8) && closed(j) && (prefixed || !readsAsDate(start[j])) ? j
				: single(j, 3) && single(j + 1, 2) && single(j + 2, 3) && aloneInRun(j, j + 2, prefixed) ? j + 2
				: single(j, 2) && single(j + 1, 2) && single(j + 2, 2) && single(j + 3, 2) && aloneInRun(j, j + 3, prefixed)
						? j + 3 : -1;
		if (last < 0 || !prefixed && (NearbyWords.notAPhoneBefore(text, start[j]) || NearbyWords.amountAfter(text, end[last]))) {
			return 0;
		}
		findings.add(new Finding(FindingType.PHONE, spanStart, end[last]));
		return last - j + 1;
	}

	/** A grouped phone number is the whole run (after its prefix), so "12 34 56 78 90" is not read as one. */
	private boolean aloneInRun(int first, int last, boolean prefixed) {
		return (prefixed || first == 0) && last == count - 1 && rightOpen;
	}

	/** Norwegian subscriber numbers start with 2–9 (4 and 9 for mobiles); 0 and 1 are service prefixes. */
	private boolean subscriberStart(int at) {
		char c = text.charAt(at);
		return c >= '2' && c <= '9';
	}

	/** Eight digits that read as DDMMYYYY or YYYYMMDD in 1900–2099. */
	private boolean readsAsDate(int at) {
		loadDigits(at, at + 8);
		return IdentityNumbers.eightDigitsReadAsDate(digits);
	}

	private boolean startsWith(int j, String prefix) {
		if (digitCount[j] < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (text.charAt(start[j] + i) != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private boolean single(int j, int digits) {
		return j < count && simple[j] && digitCount[j] == digits;
	}

	/** Whether chunk {@code j} ends the number: another chunk follows, or the run ends at a non-word char. */
	private boolean closed(int j) {
		return j < count - 1 || rightOpen;
	}

	private void loadDigits(int from, int to) {
		int k = 0;
		for (int i = from; i < to && k < digits.length; i++) {
			char c = text.charAt(i);
			if (isDigit(c)) {
				digits[k++] = c - '0';
			}
		}
	}

	private void grow() {
		if (count == start.length) {
			int size = count * 2;
			start = Arrays.copyOf(start, size);
			end = Arrays.copyOf(end, size);
			digitCount = Arrays.copyOf(digitCount, size);
			simple = Arrays.copyOf(simple, size);
			dottedAccount = Arrays.copyOf(dottedAccount, size);
			apart = Arrays.copyOf(apart, size);
		}
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isTight(char c) {
		return c == '.' || c == ',' || c == '-' || c == '/' || c == ':';
	}

	static boolean isSpace(char c) {
		return c == ' ' || c == '\u00a0' || c == '\u202f';
	}

}
