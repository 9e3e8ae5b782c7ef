package no.samtale.events.internal;

import java.util.Locale;

/** The title a nettprat's forum discussions carry: its own, marked as a nettprat once and within the forum's limit. */
final class NettpratTitle {

	private static final int FORUM_MAX = 200;

	private NettpratTitle() {
	}

	/** "Nettprat: " before the event's title, unless the title already says so (many do: "Nettprat med ..."). */
	static String inForum(String eventTitle) {
		String title = eventTitle.strip().toLowerCase(Locale.ROOT).startsWith("nettprat") ? eventTitle.strip()
				: "Nettprat: " + eventTitle.strip();
		return title.length() > FORUM_MAX ? title.substring(0, FORUM_MAX) : title;
	}

}
