package no.samtale.platform;

/**
 * Well-formed content the server will not store, for a reason of its own (an identity number in a forum post):
 * answered as 422 rather than a rule violation's 409, with the problem type naming the reason and the field, so the
 * client can tell the writer what to change.
 */
public class RefusedContentException extends RuleViolationException {

	public RefusedContentException(String typeSlug, String field, String message) {
		super(typeSlug, field, message);
	}

}
