package no.samtale.privacy.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import no.samtale.privacy.RetentionAction;
import no.samtale.privacy.RetentionCategory;

/** How long one kind of dialogue is kept after its last activity; {@code months} null means kept. */
record RetentionPolicy(RetentionCategory category, Integer months, RetentionAction action, Instant updatedAt,
		Long updatedBy) {

	boolean kept() {
		return months == null;
	}

	/** Records whose last activity is before this have expired. */
	Instant cutoff(Instant now) {
		return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
	}

}
