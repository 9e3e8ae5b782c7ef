package no.samtale.platform;

import java.net.URI;

/**
 * The caller is known but may not do this here (not the topic's moderator, not a member of the group). A rule
 * with a name of its own (an author approving their own reply) gets its own problem type.
 */
public class ForbiddenException extends RuntimeException {

	private final URI type;

	public ForbiddenException(String message) {
		this("forbidden", message);
	}

	public ForbiddenException(String typeSlug, String message) {
		super(message);
		this.type = Problems.type(typeSlug);
	}

	public URI type() {
		return type;
	}

}
