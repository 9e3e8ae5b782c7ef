package no.samtale.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Unanswered nettprat questions were given to someone to answer in writing by {@code dueOn}: one by a moderator, or
 * all still without an owner by the archive (to the nettprat's first leader). The owner is told once per assignment,
 * however many questions it gave them, unless they gave the questions to themselves.
 */
public record NettpratQuestionsOwned(long nettpratId, String title, List<Long> questionIds, long ownerId,
		LocalDate dueOn, long assignedBy, Instant at) {
}
