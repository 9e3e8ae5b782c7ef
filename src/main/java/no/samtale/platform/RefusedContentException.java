package no.samtale.platform;

import java.net.URI;

/**
 * Well-formed content the server will not store, for a reason of its own (an identity number in a forum post): 422
 * with a problem type that names the reason and the field, so the client can tell the writer what to change.
 */
public class RefusedContentException extends RuntimeException {

	private final URI type;

	private final String field;

	public RefusedContentException(String typeSlug, String field, String message) {
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
