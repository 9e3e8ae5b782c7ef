package no.samtale.platform;

import java.net.URI;

/**
 * The stable problem types of the API (RFC 9457). Clients may switch on them; never rename one that has shipped.
 */
public final class Problems {

	public static final URI VALIDATION = type("validation");
	public static final URI MALFORMED_REQUEST = type("malformed-request");
	public static final URI UNAUTHENTICATED = type("unauthenticated");
	public static final URI BAD_CREDENTIALS = type("bad-credentials");
	public static final URI ACCOUNT_LOCKED = type("account-locked");
	public static final URI FORBIDDEN = type("forbidden");
	public static final URI CSRF = type("csrf");
	public static final URI NOT_FOUND = type("not-found");
	public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
	public static final URI NOT_ACCEPTABLE = type("not-acceptable");
	public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
	public static final URI CONFLICT = type("conflict");
	public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
	public static final URI INTERNAL = type("internal");
	public static final URI RATE_LIMITED = type("rate-limited");
	public static final URI UNAVAILABLE = type("unavailable");
	public static final URI INVALID_CHARACTER = type("invalid-character");
	public static final URI UNKNOWN_PARAMETER = type("unknown-parameter");

	private Problems() {
	}

	public static URI type(String slug) {
		return URI.create("urn:samtale:problem:" + slug);
	}

}
