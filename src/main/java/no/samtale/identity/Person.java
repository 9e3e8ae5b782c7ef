package no.samtale.identity;

import org.jspecify.annotations.Nullable;

/** How a user is shown beside what they wrote: name and unit, never more. */
public record Person(long id, String name, @Nullable String unitName) {

	/**
	 * The first word of the display name, for where a first name is enough and the full name too much (an advisor
	 * signing a citizen's chat: "Ingrid, NAV").
	 */
	public String firstName() {
		String trimmed = name.strip();
		int space = trimmed.indexOf(' ');
		return space < 0 ? trimmed : trimmed.substring(0, space);
	}

}
