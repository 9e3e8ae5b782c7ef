package no.samtale.dialogue;

/** Where in a discussion a message lives. */
public enum MessageKind {

	/** The discussion itself, seen by everyone who can read the space. */
	POST,
	/** The back office: notes between a space's staff that the asker never sees. */
	NOTE

}
