package no.samtale.platform;

import java.net.URI;

/**
 * A business rule says no to a well-formed request (a topic without staff cannot open, an escalation already
 * closed cannot be answered): 409 with a problem type of its own, so clients can tell the rules apart.
 */
public class RuleViolationException extends RuntimeException {

	private final URI type;

	private final String field;

	public RuleViolationException(String typeSlug, String field, String message) {
		super(message);
		this.type = Problems.type(typeSlug);
		this.field = field;
	}

	public URI type() {
		return type;
	}

	public String field() {
		return field;
	}

}
