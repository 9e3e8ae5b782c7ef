package no.samtale.privacy.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.samtale.privacy.RetentionAction;
import no.samtale.privacy.RetentionCategory;

/** What a retention run found or removed, per category and target. */
record RetentionRun(@Nullable Long id, Instant startedAt, boolean dryRun, @Nullable Long triggeredBy, int records,
		List<Line> lines) {

	record Line(RetentionCategory category, String target, Instant cutoff, RetentionAction action, int records,
			@Nullable String error) {
	}

}
