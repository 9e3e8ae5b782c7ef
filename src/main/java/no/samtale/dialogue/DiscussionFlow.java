package no.samtale.dialogue;

/**
 * How a discussion's status moves, as pure functions of where it stands and what happened. Only questions have a
 * status (null for other discussions), except that a verified answer makes any discussion VERIFIED. The store
 * writes what these answer, guarded by the status it read.
 */
final class DiscussionFlow {

	private DiscussionFlow() {
	}

	/** A question starts open; a discussion that is not a question has no status. */
	static DiscussionStatus aQuestionStartsOpenAndOtherDiscussionsHaveNoStatus(boolean question) {
		return question ? DiscussionStatus.OPEN : null;
	}

	/**
	 * A public reply by someone other than the asker answers an open question; the asker's own follow-up, or a reply
	 * to a question already answered or verified, leaves the status as it was.
	 */
	static DiscussionStatus someoneElsesReplyAnswersAnOpenQuestion(DiscussionStatus current, boolean byTheAsker) {
		return current == DiscussionStatus.OPEN && !byTheAsker ? DiscussionStatus.ANSWERED : current;
	}

	/** The moderator's quality-assured answer makes the discussion verified, question or not. */
	static DiscussionStatus aVerifiedAnswerMakesTheDiscussionVerified() {
		return DiscussionStatus.VERIFIED;
	}

	/**
	 * Without its verified answer a question is answered if it has any reply (more than its opening message), and
	 * open otherwise; a discussion that is not a question goes back to having no status.
	 */
	static DiscussionStatus withoutAVerifiedAnswerAQuestionIsAnsweredIfAnyoneReplied(boolean question,
			int messageCount) {
		if (!question) {
			return null;
		}
		return messageCount > 1 ? DiscussionStatus.ANSWERED : DiscussionStatus.OPEN;
	}

}
