package no.samtale.privacy;

import java.util.List;

import no.samtale.privacy.internal.TextScan;

/**
 * Finds personal data in free text: Norwegian identity numbers, bank account numbers, phone numbers and e-mail
 * addresses. One pass over the chars with no regular expressions, so it can run on every message and log line.
 * Immutable and thread-safe: share one instance.
 *
 * <p>Identity numbers are found whenever their date and control digits are valid (recall first); account and phone
 * numbers, which look like many other numbers, are skipped next to words that mark amounts, case or KID numbers
 * (precision first). The rules and their trade-offs are described in {@link TextScan}.
 */
public final class PersonalDataDetector {

	private static final char MASK = '•';

	/** The findings in {@code text}, ordered by start, never overlapping. */
	public List<Finding> scan(CharSequence text) {
		return TextScan.scan(text);
	}

	/**
	 * {@code text} with every letter and digit of every finding replaced by '•'. Spaces, dots, '+' and '@' stay, so
	 * the masked text has the same length and the findings' offsets still point at the masked parts.
	 */
	public String mask(CharSequence text) {
		List<Finding> findings = scan(text);
		if (findings.isEmpty()) {
			return text.toString();
		}
		StringBuilder masked = new StringBuilder(text);
		for (Finding finding : findings) {
			for (int i = finding.start(); i < finding.end(); i++) {
				if (Character.isLetterOrDigit(masked.charAt(i))) {
					masked.setCharAt(i, MASK);
				}
			}
		}
		return masked.toString();
	}

}
