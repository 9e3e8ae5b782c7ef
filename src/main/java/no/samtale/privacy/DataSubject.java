package no.samtale.privacy;

import org.jspecify.annotations.Nullable;

/**
 * One external person, as a data-subject request names them: a platform id (with the platform, when known) or a
 * name as it appears on the platform. At least one of externalId and name is set.
 */
public record DataSubject(@Nullable String platform, @Nullable String externalId, @Nullable String name) {

	public boolean byId() {
		return externalId != null && !externalId.isBlank();
	}

}
