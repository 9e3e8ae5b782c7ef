package no.samtale.channels.internal.webchat;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of the chat as the citizen sees it. */
record ChatMessage(long id, String from, @Nullable String author, String body, Instant at) {

	static final String CITIZEN = "CITIZEN";

	static final String ADVISOR = "ADVISOR";

}
