package no.samtale.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A nettprat question was answered, declined (the reason is on the nettprat's page, for the asker) or merged into a
 * like one (its votes followed). Its asker is told, unless the asker did it. A question merged into one that is then
 * answered is answered too, and its asker told so.
 * <p>
 * An anonymous question names no asker: {@code askerKey} is the keyed hash its row keeps
 * ({@link NettpratAskers}), so this event links nobody to the question that the question's row does not already.
 *
 * @param askerId the asker of a question asked by name; null when anonymous
 * @param askerKey the keyed hash of an anonymous question's asker; null when asked by name
 */
public record NettpratQuestionSettled(long nettpratId, String title, long questionId, Outcome outcome,
		@Nullable Long askerId, @Nullable String askerKey, long settledBy, Instant at) {

	/** What became of the question. */
	public enum Outcome {
		ANSWERED, DECLINED, MERGED
	}

}
