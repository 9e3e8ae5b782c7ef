package no.samtale.approval;

import java.util.Optional;

/**
 * The rules of four-eyes review as pure functions: each answers the reason a person may not act, or nothing when
 * they may.
 */
public final class FourEyes {

	private FourEyes() {
	}

	/** Why a decision cannot be made. {@code slug} names the problem type. */
	public record Refusal(String slug, String reason) {
	}

	public static Optional<Refusal> onlyAnotherAdvisorOfTheTeamMayDecide(ApprovalRequest request, long userId,
			boolean memberOfTeam) {
		if (request.authorId() == userId) {
			return Optional.of(new Refusal("own-approval", "You wrote this; another advisor of the team must check it"));
		}
		if (!memberOfTeam) {
			return Optional.of(new Refusal("forbidden", "Only advisors of the team can check its replies"));
		}
		return Optional.empty();
	}

	public static Optional<Refusal> onlyAPendingRequestCanBeDecided(ApprovalRequest request) {
		if (request.state() != ApprovalState.PENDING) {
			return Optional.of(new Refusal("approval-decided", "This was already " + request.state().name().toLowerCase()));
		}
		return Optional.empty();
	}

	public static Optional<Refusal> onlyTheAuthorMayRewordBeforeTheDecision(ApprovalRequest request, long userId) {
		if (request.authorId() != userId) {
			return Optional.of(new Refusal("forbidden", "Only the author can reword a reply before it is checked"));
		}
		if (request.state() == ApprovalState.APPROVED) {
			return Optional.of(new Refusal("approval-decided", "An approved reply can no longer be changed"));
		}
		return Optional.empty();
	}

}
