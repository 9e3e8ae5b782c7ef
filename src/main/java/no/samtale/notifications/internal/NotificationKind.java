package no.samtale.notifications.internal;

/** What a notification is about; the client words each kind in the reader's language. */
public enum NotificationKind {
	/** A new question in a topic where the reader is an expert. */
	NEW_QUESTION,
	/** A new public post in a discussion the reader follows. */
	NEW_MESSAGE,
	/** The reader's question got a quality-assured answer. */
	ANSWER_VERIFIED,
	/** A question of principle was sent to the reader's department. */
	ESCALATION_RAISED,
	/** The department answered a question of principle the reader raised or asked. */
	ESCALATION_ANSWERED,
	/** A reply of the reader's team waits for someone other than its author to check it. */
	REPLY_AWAITS_APPROVAL,
	/** The reader's reply was sent back to be reworded. */
	REPLY_SENT_BACK,
	/** A partner changed the reader's reply; the change waits for the reader. */
	REPLY_EDIT_PROPOSED,
	/** The reader's reply was approved and is on its way out. */
	REPLY_APPROVED,
	/** A conversation was given to the reader. */
	CONVERSATION_ASSIGNED,
	/** A conversation of the reader's team is close to its response target. */
	RESPONSE_DUE_SOON,
	/** A shift of the duty roster of a team the reader leads has fewer than two people. */
	SHIFT_UNDERSTAFFED,
	/** The experts' verified answer to a question the reader took from a conversation is ready as a draft reply. */
	EXPERT_ANSWER_READY,
	/** An idea the reader follows got a new status. */
	IDEA_STATUS_CHANGED,
	/** An idea the reader voted for or follows was merged into another; the vote followed it. */
	IDEA_MERGED,
	/** The directorate department answered an idea the reader follows, which had been lifted to it. */
	IDEA_ESCALATION_ANSWERED,
	/** A hearing waits for the answer of a unit the reader answers for: it was sent, or the unit was handed to them. */
	HEARING_INVITED,
	/** A hearing the reader answers for a unit in is due soon and the unit has not answered. */
	HEARING_REMINDER,
	/** The final summary of a hearing the reader's unit was invited to was published. */
	HEARING_PUBLISHED,
	/** The reader was named a leader of a nettprat: when it was scheduled, or added later. */
	NETTPRAT_LEADER_ADDED,
	/** The reader was named a helper (who types answers for the leaders) of a nettprat. */
	NETTPRAT_HELPER_ADDED,
	/** The reader was named a moderator of a nettprat. */
	NETTPRAT_MODERATOR_ADDED,
	/** A nettprat the reader leads, helps or moderates was moved to a new time. */
	NETTPRAT_MOVED,
	/**
	 * A nettprat the reader was named on, or sent a question to, was cancelled before it started; the reason is the
	 * notification's detail.
	 */
	NETTPRAT_CANCELLED,
	/** The reader's nettprat question was answered (or the question it was merged into was). */
	NETTPRAT_QUESTION_ANSWERED,
	/** The reader's nettprat question was declined; the reason is on the nettprat's page. */
	NETTPRAT_QUESTION_DECLINED,
	/** The reader's nettprat question was merged into a like one, with its votes; it is answered there. */
	NETTPRAT_QUESTION_MERGED,
	/** Unanswered questions of a nettprat were given to the reader to answer in writing by a due date. */
	NETTPRAT_QUESTIONS_OWNED,
	/** Nettprat questions the reader is to answer in writing are due soon and still unanswered. */
	NETTPRAT_QUESTIONS_DUE,
	/** A channel account's grant ends within a week and cannot renew itself: the reader (an admin) reconnects it. */
	CONNECTION_EXPIRING,
	/** Refreshing a channel account's token fails; it stops working when its token ends. */
	CONNECTION_REFRESH_FAILING,
	/** A channel account's grant was revoked or ended: nothing is read or sent until it is connected again. */
	CONNECTION_REVOKED
}
