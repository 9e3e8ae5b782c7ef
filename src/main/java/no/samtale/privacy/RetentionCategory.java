package no.samtale.privacy;

/** The kinds of dialogue that are kept for different lengths of time. */
public enum RetentionCategory {
	/** Comments under the agency's public posts. */
	PUBLIC_COMMENTS,
	/** Private messages (Messenger, Instagram, private replies). */
	PRIVATE_MESSAGES,
	/** The web chat's transcripts. */
	CHAT_TRANSCRIPTS,
	/** The internal forum; kept unless an admin sets a time. */
	FORUM
}
