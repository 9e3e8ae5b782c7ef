package no.samtale.privacy;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One record an erasure may not touch, and why: {@code reason} is a stable code the privacy officer's page words
 * ({@code ARCHIVE_DUTY}: journaled under the Archives Act), {@code reference} the holder's own id of the record (a
 * case folder's number), {@code legalBasis} the law that keeps it.
 */
public record HeldRecord(String holder, @Schema(allowableValues = { "ARCHIVE_DUTY" }) String reason, String reference,
		String title, String legalBasis) {
}
