package no.samtale.privacy.internal;

import java.time.Instant;

import no.samtale.privacy.DataSubject;

/**
 * A request to erase one person's data. {@code subject} is null once decided: only its fingerprint stays, so the
 * audit says that a request was carried out without keeping who it was about.
 */
record ErasureRequest(long id, DataSubject subject, String fingerprint, String reason, State state, long requestedBy,
		Instant requestedAt, Long decidedBy, Instant decidedAt, String decisionComment, Integer erasedRecords) {

	enum State {
		PENDING, ERASED, REJECTED
	}

}
