package no.samtale.channels.internal.webchat;

import java.time.Instant;

/** One citizen's chat with one web-chat account. */
record ChatSession(long id, long accountId, String displayName, Instant startedAt, Instant lastSeenAt,
		Instant endedAt) {
}
