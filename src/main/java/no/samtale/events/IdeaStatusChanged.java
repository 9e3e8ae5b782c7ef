package no.samtale.events;

import java.time.Instant;
import java.util.List;

/**
 * An idea of the idea box got a new status (with an owner and a public reason, which its page shows). Its followers
 * are told; the person who changed it is among {@code followers} only if they follow it themselves.
 *
 * @param status the new status: NEW, ASSESSING, PLANNED, DONE or DECLINED
 * @param followers the people following the idea when it changed
 */
public record IdeaStatusChanged(long ideaId, String title, String status, long changedBy, List<Long> followers,
		Instant at) {
}
