package no.samtale.events;

import java.time.LocalDate;
import java.util.List;

/**
 * Questions of a nettprat that one person is to answer in writing by {@code dueOn} are still unanswered close to that
 * date: the owner is reminded, once per nettprat, owner and due date. Each question is reminded of once per owner
 * and due date.
 */
public record NettpratQuestionsDue(long nettpratId, String title, List<Long> questionIds, long ownerId,
		LocalDate dueOn) {
}
