package no.samtale.channels.internal.webchat;

/** The citizen's chat cookie is missing, unknown, ended or idle too long. */
class ChatSessionExpiredException extends RuntimeException {

	ChatSessionExpiredException() {
		super("The chat has ended or was idle too long; start a new chat");
	}

}
