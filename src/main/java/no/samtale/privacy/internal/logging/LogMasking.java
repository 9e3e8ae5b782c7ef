package no.samtale.privacy.internal.logging;

import no.samtale.privacy.PersonalDataDetector;

/**
 * The one place log text is masked, for every format: identity numbers, account numbers, phone numbers and e-mail
 * addresses become {@code •}. Logging starts before Spring, so this holds its own detector.
 */
public final class LogMasking {

	private static final PersonalDataDetector DETECTOR = new PersonalDataDetector();

	private LogMasking() {
	}

	public static String mask(String text) {
		if (text == null || text.isEmpty() || !hasDigitOrAt(text)) {
			return text;
		}
		return DETECTOR.mask(text);
	}

	/** Most log lines hold neither a digit run nor an address; skip the scan for them. */
	private static boolean hasDigitOrAt(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= '0' && c <= '9') || c == '@') {
				return true;
			}
		}
		return false;
	}

}
