package no.samtale.archive.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The closed period an extract covers, [from, to] in whole days in Norwegian time, and the ids of the arkiv and
 * arkivdel it is written under (derived from the period, so the same period always has the same arkivdel).
 */
record ExtractPeriod(LocalDate from, LocalDate to, String creatorId, String creatorName) {

	Instant start() {
		return from.atStartOfDay(Xml.ZONE).toInstant();
	}

	/** The first instant after the period. */
	Instant until() {
		return to.plusDays(1).atStartOfDay(Xml.ZONE).toInstant();
	}

	boolean contains(Instant at) {
		return !at.isBefore(start()) && at.isBefore(until());
	}

	String archiveSystemId() {
		return UUID.nameUUIDFromBytes(("samtale-arkiv/" + creatorId).getBytes(StandardCharsets.UTF_8)).toString();
	}

	String partSystemId() {
		return UUID.nameUUIDFromBytes(("samtale-arkivdel/" + from + "/" + to).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

}
