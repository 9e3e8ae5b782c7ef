package no.samtale.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes a test's text unique with letters only. A UUID or its first eight characters is all digits now and then
 * (about one in fifty), and eight digits read as a phone number: the inbox masks it (••••••••), and a test that
 * looks for its own text then waits in vain. That was the "message never threaded" stall seen once in a few suite runs.
 */
public final class TestText {

	private TestText() {
	}

	/** Twelve random lowercase letters: never a number the personal-data masking would hide. */
	public static String unique() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder letters = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

}
