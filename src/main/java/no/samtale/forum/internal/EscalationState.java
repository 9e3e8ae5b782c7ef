package no.samtale.forum.internal;

import java.util.Set;

/** The life of a question of principle at a directorate department. */
enum EscalationState {

	RAISED, ACKNOWLEDGED, ANSWERED, CLOSED;

	/** The states this one may move to: forward only, and an answer may come without a separate receipt. */
	Set<EscalationState> next() {
		return switch (this) {
			case RAISED -> Set.of(ACKNOWLEDGED, ANSWERED, CLOSED);
			case ACKNOWLEDGED -> Set.of(ANSWERED, CLOSED);
			case ANSWERED -> Set.of(CLOSED);
			case CLOSED -> Set.of();
		};
	}

	boolean mayMoveTo(EscalationState target) {
		return next().contains(target);
	}

}
