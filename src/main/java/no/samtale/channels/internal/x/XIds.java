package no.samtale.channels.internal.x;

import java.math.BigInteger;

/** X's ids are snowflakes: numbers that grow with time, too long for a long's every use, compared as numbers. */
final class XIds {

	private XIds() {
	}

	static boolean valid(String id) {
		return id != null && id.matches("[0-9]{1,25}");
	}

	/** Whether {@code candidate} is newer than {@code known} (null: nothing known yet). */
	static boolean newer(String candidate, String known) {
		if (!valid(candidate)) {
			return false;
		}
		return known == null || new BigInteger(candidate).compareTo(new BigInteger(known)) > 0;
	}

}
