package no.samtale.channels;

/** Whether a message is seen by everyone (a comment) or only by the correspondent (a private message, a chat). */
public enum Visibility {
	PUBLIC, PRIVATE
}
