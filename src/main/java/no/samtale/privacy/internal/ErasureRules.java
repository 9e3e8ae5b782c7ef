package no.samtale.privacy.internal;

import java.util.Optional;

/** Four-eyes for erasure, as pure rules: another privacy officer or admin decides, and only once. */
final class ErasureRules {

	private ErasureRules() {
	}

	/** Why a decision cannot be made; {@code slug} names the problem type, as in the inbox's four-eyes rules. */
	record Refusal(String slug, String reason) {
	}

	static Optional<Refusal> onlyAnotherPersonMayDecide(ErasureRequest request, long userId) {
		if (request.requestedBy() == userId) {
			return Optional.of(new Refusal("own-approval", "You asked for this erasure; another person must decide it"));
		}
		return Optional.empty();
	}

	static Optional<Refusal> onlyAPendingRequestCanBeDecided(ErasureRequest request) {
		if (request.state() != ErasureRequest.State.PENDING) {
			return Optional.of(new Refusal("approval-decided", "This was already " + request.state().name().toLowerCase()));
		}
		return Optional.empty();
	}

}
