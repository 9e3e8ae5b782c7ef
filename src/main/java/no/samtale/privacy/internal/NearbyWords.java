package no.samtale.privacy.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The words next to a candidate number that say it is not a phone or account number: "kr 25 000 000", "saksnummer
 * 23456789", "KID 12345678903". Read only around candidates, so the cost stays off the main loop.
 */
final class NearbyWords {

	/** A number after one of these is an amount, a case, invoice, KID or organisation number. */
	private static final Set<String> BEFORE_AMOUNTS_AND_REFERENCES = Set.of("kr", "kroner", "nok", "beløp", "beløpet", "sum",
			"summen", "sak", "saka", "saken", "saksnummer", "saksnr", "saknr", "journalnummer", "journalpost", "ref",
			"referanse", "referansen", "referansenummer", "kid", "kid-nummer", "kidnummer", "kid-nr", "faktura",
			"fakturanummer", "fakturanr", "ordre", "ordrenummer", "ordrenr", "org", "orgnr", "org-nr",
			"organisasjonsnummer", "organisasjonsnummeret");

	/** An eleven-digit number after one of these was meant as an identity number: if it fails, it is no account. */
	private static final Set<String> BEFORE_IDENTITY_NUMBERS = Set.of("fnr", "f-nr", "fødselsnummer", "fødselsnummeret",
			"fødselsnr", "personnummer", "personnummeret", "pnr", "d-nummer", "d-nr", "dnr", "h-nummer",
			"personnr", "id-nummer");

	/** Identity words that only this reading knows, written with dots ("f.nr.") or as a name's form ("fødselsnr."). */
	private static final Set<String> ALSO_BEFORE_IDENTITY_NUMBERS = Set.of("f.nr", "fnr.", "p.nr", "personnummeret",
			"fødselsnumre", "d-nummeret", "h-nummeret", "id-nr");

	/** Words that may stand between an identity word and the number: "fødselsnummeret mitt er 123…". */
	private static final Set<String> BETWEEN_IDENTITY_WORD_AND_NUMBER = Set.of("er", "mitt", "min", "mine", "sitt",
			"sin", "hans", "hennes", "barnets", "vårt", "ditt", "lyder", "blir", "var", "is", "my");

	/** A number after one of these is an account number, so not a phone number. */
	private static final Set<String> BEFORE_ACCOUNTS = Set.of("konto", "kontoen", "kontonr", "kontonummer",
			"kontonummeret", "bankkonto", "bankkontonummer");

	/** A number before one of these is an amount. */
	private static final Set<String> AFTER_AMOUNTS = Set.of("kr", "kroner", "nok", "kr.");

	private static final int LONGEST_WORD = 24;

	private NearbyWords() {
	}

	/** Whether the word before {@code start} rules out a bank account: an amount, a reference or an identity number. */
	static boolean notAnAccountBefore(CharSequence text, int start) {
		String word = wordBefore(text, start);
		return BEFORE_AMOUNTS_AND_REFERENCES.contains(word) || BEFORE_IDENTITY_NUMBERS.contains(word);
	}

	/**
	 * Whether the words before {@code start} introduce an identity number: "fnr 123…", "fnr: 123…", "f.nr. 123…",
	 * "fødselsnummeret mitt er 123…", "personnummer er 123…" (up to two of "mitt", "er" and the like in between).
	 */
	static boolean introducesIdentityNumber(CharSequence text, int start) {
		int end = start;
		for (int word = 0; word < 3; word++) {
			while (end > 0 && " \u00a0:#=".indexOf(text.charAt(end - 1)) >= 0) {
				end--;
			}
			int begin = end;
			while (begin > 0 && end - begin < LONGEST_WORD
					&& (isWordChar(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) {
				begin--;
			}
			if (begin == end) {
				return false;
			}
			String token = lower(text, begin, end);
			String bare = token.replaceAll("\\.+$", "");
			if (BEFORE_IDENTITY_NUMBERS.contains(bare) || ALSO_BEFORE_IDENTITY_NUMBERS.contains(bare)
					|| ALSO_BEFORE_IDENTITY_NUMBERS.contains(token)) {
				return true;
			}
			if (!BETWEEN_IDENTITY_WORD_AND_NUMBER.contains(bare)) {
				return false;
			}
			end = begin;
		}
		return false;
	}

	/** Whether the word before {@code start} says an account number follows. */
	static boolean accountBefore(CharSequence text, int start) {
		return BEFORE_ACCOUNTS.contains(wordBefore(text, start));
	}

	/** Whether the word before {@code start} marks anything but a phone number. */
	static boolean notAPhoneBefore(CharSequence text, int start) {
		String word = wordBefore(text, start);
		return BEFORE_AMOUNTS_AND_REFERENCES.contains(word) || BEFORE_ACCOUNTS.contains(word);
	}

	/** The word just before {@code start}, over up to three spaces, ':', '.' or '#', lower-cased; "" if none. */
	private static String wordBefore(CharSequence text, int start) {
		int end = start;
		for (int skipped = 0; end > 0 && skipped < 3 && " \u00a0:.#".indexOf(text.charAt(end - 1)) >= 0; skipped++) {
			end--;
		}
		int begin = end;
		while (begin > 0 && end - begin < LONGEST_WORD && isWordChar(text.charAt(begin - 1))) {
			begin--;
		}
		return lower(text, begin, end);
	}

	/** Whether an amount's unit follows {@code end}: "kr", "kroner", "NOK" or ",-". */
	static boolean amountAfter(CharSequence text, int end) {
		int n = text.length();
		if (end + 1 < n && text.charAt(end) == ',' && text.charAt(end + 1) == '-') {
			return true;
		}
		int begin = end;
		while (begin < n && begin - end < 2 && (text.charAt(begin) == ' ' || text.charAt(begin) == '\u00a0')) {
			begin++;
		}
		int stop = begin;
		while (stop < n && stop - begin < LONGEST_WORD && Character.isLetter(text.charAt(stop))) {
			stop++;
		}
		return stop > begin && AFTER_AMOUNTS.contains(lower(text, begin, stop));
	}

	private static boolean isWordChar(char c) {
		return Character.isLetter(c) || c == '-';
	}

	private static String lower(CharSequence text, int begin, int end) {
		return text.subSequence(begin, end).toString().toLowerCase(Locale.ROOT);
	}

}
