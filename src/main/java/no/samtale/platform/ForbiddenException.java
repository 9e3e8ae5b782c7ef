package no.samtale.platform;

/** The caller is known but may not do this here (not the topic's moderator, not a member of the group). */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
