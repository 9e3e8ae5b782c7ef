package no.samtale.privacy.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

import no.samtale.privacy.RetentionAction;
import no.samtale.privacy.RetentionCategory;

/** How long one kind of dialogue is kept after its last activity; {@code months} null means kept. */
record RetentionPolicy(RetentionCategory category, @Nullable Integer months, RetentionAction action,
		@Nullable Instant updatedAt,
		@Nullable Long updatedBy) {

	boolean kept() {
		return months == null;
	}

	/** Records whose last activity is before this have expired. */
	Instant cutoff(Instant now) {
		return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
	}

}
