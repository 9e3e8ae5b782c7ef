package no.samtale.privacy.internal;

import java.time.Instant;
import java.util.List;

import no.samtale.privacy.DataSubject;
import no.samtale.privacy.ErasedKind;

/**
 * A request to erase one person's data. {@code subject} is null once decided: only its fingerprint stays, so the
 * audit says that a request was carried out without keeping who it was about. {@code erased} says what was done per
 * kind of record (empty until it is carried out, and for requests carried out before it was kept).
 */
record ErasureRequest(long id, DataSubject subject, String fingerprint, String reason, State state, long requestedBy,
		Instant requestedAt, Long decidedBy, Instant decidedAt, String decisionComment, Integer erasedRecords,
		List<ErasedKind> erased) {

	/** Stored as {@code KIND:count,KIND:count}; kinds with nothing done are left out. */
	static String stored(List<ErasedKind> erased) {
		return erased.stream().filter(kind -> kind.count() > 0).map(kind -> kind.kind() + ":" + kind.count())
			.collect(java.util.stream.Collectors.joining(","));
	}

	static List<ErasedKind> read(String stored) {
		if (stored == null || stored.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(stored.split(",")).map(pair -> pair.split(":"))
			.map(pair -> new ErasedKind(pair[0], Integer.parseInt(pair[1])))
			.toList();
	}

	enum State {
		PENDING, ERASED, REJECTED
	}

}
