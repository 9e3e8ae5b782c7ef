package no.samtale.channels.internal.webchat;

import java.time.Instant;

/** A line of the chat as the citizen sees it. */
record ChatMessage(long id, String from, String author, String body, Instant at) {

	static final String CITIZEN = "CITIZEN";

	static final String ADVISOR = "ADVISOR";

}
