package no.samtale.events;

import java.time.Instant;
import java.util.List;

/**
 * An idea was merged into another of the same space: its votes moved there (each voter counted once), its history is
 * kept, and its voters and followers are told where it went.
 *
 * @param title the merged idea's title, as its voters know it
 * @param told the merged idea's voters and followers
 */
public record IdeaMerged(long ideaId, String title, long intoId, String intoTitle, long mergedBy, List<Long> told,
		Instant at) {
}
