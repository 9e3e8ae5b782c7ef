package no.samtale.events;

import java.time.Instant;
import java.util.List;

/**
 * A nettprat was cancelled before it started, with a reason everyone may read. Its leaders, helpers and moderators
 * are told, and everyone who sent it a question: by name, or, for a question sent anonymously, under the keyed hash
 * its row keeps ({@link NettpratAskers}), so this event links nobody to a question that the question's row does not
 * already. Never whoever cancelled it, who is left out of both lists. Each person is told once.
 *
 * @param people the nettprat's leaders, helpers and moderators and the askers of questions sent by name
 * @param askerKeys the keyed hashes of the askers of questions sent anonymously
 */
public record NettpratCancelled(long nettpratId, String title, String reason, List<Long> people,
		List<String> askerKeys, long cancelledBy, Instant at) {
}
