package no.samtale.approval;

import java.util.Optional;

/**
 * The rules of four-eyes review as pure functions: each answers the reason a person may not act, or nothing when
 * they may. Two people agree on everything that leaves the agency: whoever wrote the wording that goes out, and
 * someone else of the team who checked it.
 */
public final class FourEyes {

	private FourEyes() {
	}

	/** Why a decision cannot be made. {@code slug} names the problem type. */
	public record Refusal(String slug, String reason) {
	}

	/** What an approval leads to. */
	public enum Outcome {
		/** The text leaves as it is. */
		APPROVED,
		/** The approver changed it: the change waits for the author (or a third member) to accept it. */
		EDIT_AWAITS_ACCEPTANCE
	}

	/**
	 * Every public reply is checked by a partner; a private one only where the account asks for it (an admin may
	 * exempt, say, a web chat's private answers).
	 */
	public static boolean everyPublicReplyIsCheckedAndPrivateOnesWhereTheAccountAsks(boolean publicReply,
			boolean accountChecksPrivateReplies) {
		return publicReply || accountChecksPrivateReplies;
	}

	/**
	 * Someone of the team other than the writer of the current wording decides: the author cannot approve their own
	 * text, nor an approver their own edit, which goes back to the author (or to a third member) instead.
	 */
	public static Optional<Refusal> onlyAnotherAdvisorOfTheTeamMayDecide(ApprovalRequest request, long userId,
			boolean memberOfTeam) {
		if (request.writtenBy() == userId) {
			return Optional.of(new Refusal("own-approval", "You wrote this; another member of the team must check it"));
		}
		if (!memberOfTeam) {
			return Optional.of(new Refusal("forbidden", "Only members of the team can check its texts"));
		}
		return Optional.empty();
	}

	/** The author answers an approver's edit by accepting it or rewording, not by sending their own text back. */
	public static Optional<Refusal> theAuthorRewordsRatherThanSendsBack(ApprovalRequest request, long userId) {
		if (request.authorId() == userId) {
			return Optional.of(new Refusal("own-approval", "You wrote this; accept the change or reword it"));
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
		if (request.state() == ApprovalState.CANCELLED) {
			return Optional.of(new Refusal("approval-decided", "This was cancelled when its recipient's data was erased"));
		}
		return Optional.empty();
	}

	/**
	 * An approver who changes the wording has written it, and nobody else has checked it: it goes back to the author
	 * to accept (or to a third member of the team), so two people always agree on what leaves the agency.
	 */
	public static Outcome anEditedTextGoesBackToItsAuthorBeforeItLeaves(ApprovalRequest request, String editedBody) {
		boolean edited = editedBody != null && !editedBody.strip().equals(request.body());
		return edited ? Outcome.EDIT_AWAITS_ACCEPTANCE : Outcome.APPROVED;
	}

}
