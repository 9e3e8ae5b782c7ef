package no.samtale.dialogue;

/** The life of a question: asked, answered by someone else, quality-assured by the moderator. */
public enum DiscussionStatus {
	OPEN, ANSWERED, VERIFIED
}
